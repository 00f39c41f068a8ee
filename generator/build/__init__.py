"""The build and its engines, above the rooms: named steps (steps.py) that read seeds (input),
extract facts (extract, through an engine: local processes or Dask, each seed bounded in time and
memory), apply corrections (editorial), render pages, the site and handouts (publish), and swap
them in. Also what a build made (result.py), progress lines, and `serve` (rebuild on change)."""
