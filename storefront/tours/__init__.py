"""Farm tourism: orchards and their mango trees ("Cây xoài nhà tôi"), tours and departures."""
