"""Multi-criteria decision analysis: standardisation, AHP weights, weighted
linear combination, TOPSIS, constraints and sensitivity of the ranking.

Plain numpy and pandas, no QGIS: the income-generating-activity opportunity
map builds on these functions, and they are tested on cases solved by hand.
"""
