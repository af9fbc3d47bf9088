"""Read from the store, write files: one module per format."""
