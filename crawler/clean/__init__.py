"""Pure cleaning rules for a record: text normalisation, boilerplate, captions, bylines.

``steps.CLEANING_STEPS`` lists them in the order both the pipelines and ``extract_article`` apply.
"""
