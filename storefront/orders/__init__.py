"""Buying: cart, checkout, orders split into one fulfilment per producer, their life cycles."""
