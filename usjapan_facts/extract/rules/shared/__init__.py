"""Rules no brief owns: readers of facts that more than one brief states the same way."""
