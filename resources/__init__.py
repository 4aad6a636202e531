"""What the program reads at run time besides its code: icons (with their licence), kit texts, the
compiled translations (translations/*.qm), the application icon. Package data, found through
importlib.resources, so a checkout, a wheel and a frozen build find it alike."""
