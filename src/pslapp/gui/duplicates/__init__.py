"""Finding people entered twice and merging them: the duplicates view and the merge dialog."""
