"""Where to go: URL canonicalisation and scope, link and pagination detection, trap rules."""
