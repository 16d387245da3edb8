"""Finding clients by whatever the adviser types: phone, identity code, birth date, e-mail or name."""
