"""The output layer: a build's files into the output folder, whole or not at all.

:mod:`~sitegen.output.guard` decides which folder may be written, :mod:`~sitegen.output.writer` stages a
build beside it and swaps or moves it in, :mod:`~sitegen.output.inplace` has serve's and check's writers.
"""

from sitegen.output.files import OutputProblem
from sitegen.output.guard import MARKER, check_output_folder, output_problem, resolve_output
from sitegen.output.inplace import DiscardingWriter, InPlaceWriter
from sitegen.output.writer import MANIFEST, OutputWriter, stale_folders

__all__ = ["MANIFEST", "MARKER", "DiscardingWriter", "InPlaceWriter", "OutputProblem", "OutputWriter",
           "check_output_folder", "output_problem", "resolve_output", "stale_folders"]
