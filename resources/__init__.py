"""What the program reads at run time besides its code: icons (with their licence), and later kit templates."""
