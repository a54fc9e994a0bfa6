"""Farm tourism: trees to adopt and orchard tours."""
