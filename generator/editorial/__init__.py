"""The editorial room: editors' corrections (read, applied, a starter file written) and the
identity of actors across briefings. It works on facts; it never extracts nor publishes."""
