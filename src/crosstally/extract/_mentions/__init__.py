"""The event mentions behind :mod:`crosstally.extract._events` (its docstring holds the map), one module for each thing
they decide."""
