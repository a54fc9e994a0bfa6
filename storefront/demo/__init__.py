"""Demo data: Dong Thap producers and products, with packaging mock-ups drawn by Pillow."""
