"""The toll grammar behind :func:`crosstally.extract._counts.find_counts`, one module for each thing it decides."""
