"""Reading the national service catalogue's (PTV, Suomi.fi Palvelutietovaranto) Open API JSON. No HTTP here."""
