"""The producer portal: a producer's own back office (products, photos, stock, brand, members)."""
