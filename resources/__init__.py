"""Data files shipped with Neuvo (code lists, taxonomies, translations). Read through importlib.resources."""

from importlib.resources import files


def resource_path(*parts: str):
    """A Traversable for a file under resources/, valid both from source and inside a PyInstaller bundle."""
    return files(__name__).joinpath(*parts)
