"""The output layer: a build's files into the output folder, whole or not at all (:mod:`~sitegen.output.writer`)."""
