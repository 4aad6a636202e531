"""What the program reads at run time besides its code: icons (with their licence), kit texts, the
compiled translations (translations/*.qm), the application icon. Package data, found through
importlib.resources, so a checkout, a wheel and a frozen build find it alike."""

from importlib import resources as _resources
from pathlib import Path as _Path

# The compiled translations (their .ts sources are in translations/ of the checkout).
TRANSLATIONS = _Path(str(_resources.files(__name__) / "translations"))
