"""Command line of the pipeline (`wpr`)."""
