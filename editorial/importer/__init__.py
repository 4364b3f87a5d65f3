"""Bulk import of services from CSV and XLSX: read the file, validate every row, show the
editor what would be rejected, then write all the valid rows in one transaction."""
