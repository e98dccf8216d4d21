"""The bundled demo portal (a Liferay-style provincial political school site) and its local server.

``site`` serves the portal and holds its gold; ``articles`` is the content it is rendered from;
``server`` speaks HTTP on loopback for it, for ``make demo``, the tests and the benchmarks.
"""
