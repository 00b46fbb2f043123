"""Pure models and rules: no Textual, no database, no files beyond reading forms."""
