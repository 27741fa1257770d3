"""The CLI's commands, one module per group; heavy imports stay inside the commands."""
