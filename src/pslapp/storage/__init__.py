"""SQLCipher engine, tables and repository functions taking a Connection or Session."""
