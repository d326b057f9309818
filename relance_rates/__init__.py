"""Refreshes chalicelib/data/rates.json from the official machine-readable sources (`make rates`)."""
