"""The desktop app: PySide6 widgets over `pslapp.services`. Nothing here touches storage."""
