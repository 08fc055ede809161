"""The learned event classifier behind :mod:`crosstally.extract._model` (its docstring holds the map), one module for
each thing it decides."""
