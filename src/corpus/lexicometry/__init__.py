"""French lexicometry as IRaMuTeQ and rainette do it: Reinert's descending hierarchical
classification (chd), correspondence analysis (afc) and similarity analysis (similarity) of
text segments (segments); the stage that writes the tables and figures is ``stage.run``."""
