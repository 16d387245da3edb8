"""The PySide6 window around the use cases in `app/`: widgets show, Qt models adapt, use cases decide."""
