"""The corpus layer: many articles in one store, merged into incidents and campaigns, with figures
reconciled across sources. ``merge.merge_store`` rebuilds every derived table deterministically, so
the order in which articles arrive never changes the answer.
"""
