"""One module per page; each gives its routes."""
