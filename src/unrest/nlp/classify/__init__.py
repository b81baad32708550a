"""Small learned models that run beside the rules, loaded offline from ``unrest/nlp/data``.

``police``: a sentence model for what security forces did (killed, arrested, used force, failed
to act, acted at all), a linear model over word n-grams trained by ``python -m
unrest.nlp.classify.train`` on IndiaPoliceEvents ``sents_train.tsv`` (thresholds chosen on
``sents_dev.tsv``; the test split is never read). The events stage uses it only in the accurate
mode (``UNREST_EVENTS_MODE=accurate``).
"""
