"""The input room: seed files read and checked (front matter, text cleaning, page furniture), and
the one reader of a seed folder. Nothing here knows spaCy, the site or the build."""
