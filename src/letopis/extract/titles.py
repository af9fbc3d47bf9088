"""Titles, honorifics and offices that stand before a person's name ("Comrade", "Capt.", "Detective-sergeant",
"Superintendent"), in English and in transliteration; the recogniser strips them from the name and keeps them
as the mention's attributes.
"""

from __future__ import annotations


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


TITLES: frozenset[str] = _words(
    "Comrade Comrades Mr Mr. Mrs Mrs. Miss Ms Ms. Dr Dr. Doctor Professor Prof Prof. Sir Lord Lady "
    "Asst Asst. Dist Dist. Atty Atty. Supt Supt. Sergt Sergt. Ald Ald. Det Det. Pte Pte. Bailie Bailies "
    "Officers Constables Sergeants Patrolmen Policemen Detectives Drs Drs. Revs Revs. Doctors Professors "
    "Citizens Magistrates Councillor Councilor Councilman Alderman "
    "General Gen Gen. Colonel Col Col. Captain Capt Capt. Lieutenant Lieut Lieut. Major Maj Maj. "
    "Sergeant Sgt Admiral Adm Commander Commissar Citizen Citizeness Rev Rev. Reverend Father Bishop "
    "Archbishop Judge Justice Governor Gov Gov. Senator Sen Sen. Hon Hon. President Count Countess "
    "Prince Princess Baron Baroness Tsar Czar King Queen Emperor Empress Esq Messrs Messrs. Mme Mlle Madam "
    "Monsieur Madame Herr Frau Warden Inspector Sheriff Mayor Alderman Constable Deacon Elder Squire Ensign Corporal Private Marshal Academician "
    "Duke Duchess Earl Marquis Marquess Viscount Abbe Abbé Don "
    "Aldermen Councillor Councillors Councilman Councilmen Selectmen Drs Revs Citizens Misses Canon Archdeacon "
    "Prebendary Aunt Uncle Auntie Dyadya Tyotya Tetya Bro Bro. Brother Cr Cr. Crs Crs. Mesdames Stipendiary "
    "Provost Reeve Deputy-Reeve Treasurer Dean Agent Agents Informant Grandpa Grandma Granny Grandfather Grandmother "
    "Coun Coun. "
    "Officer Detective Patrolman Policeman Roundsman Warder Detective-sergeant Detective-Sergeant Detective-inspector "
    "Detective-Inspector Detective-constable Police-constable Police-Constable Police-sergeant "  # court columns
    "Grandad "
    # titles of the Russian and Soviet world in transliteration ("Ataman Zubko", "Mullah Karimov")
    "Ataman Hetman Batko Mullah Mulla Imam Rabbi Starosta Tovarishch Grazhdanin Grazhdanka Babka Sheikh Efendi "
    "Effendi Vladyka Igumen Hegumen Archimandrite Metropolitan Ishan Haji Hajji Hadji "
    # the Cossack ranks ("Esaul Tarvich", "Sotnik Kessov")
    "Esaul Yesaul Podesaul Podyesaul Sotnik Khorunzhii Khorunzhy Uriadnik Uryadnik Vakhmistr"
)
# Titles of several persons, before a list of their names ("Aldermen Trevaskis and Olver").
PLURAL_TITLES: frozenset[str] = _words(
    "Comrades Messrs Messrs. Aldermen Councillors Councilmen Selectmen Drs Revs Citizens Misses Mesdames Crs Crs. "
    "Generals Captains Judges Senators Professors"
)
ROLE_NOUNS: frozenset[str] = _words(
    "Chairman Chairwoman Secretary Director Head Chief Deputy Member Editor Commissar Manager "
    "President Vice-President Treasurer Organiser Organizer Instructor Inspector Commander Delegate "
    "Representative Leader Agent Minister Ambassador Consul Vice Auditor Clerk Superintendent Commissioner "
    "Comptroller Postmaster Cashier Teller Druggist Bookkeeper Auctioneer Proprietor Proprietors Prop Supt Sup't "
    "Proprietress Administratrix Administrator Executrix Executor Treas Sec Tyler Prelate Sentinel Worthy "
    "Vice-Consul Consul-General Stenographer Typist Interpreter Translator Vali Kaymakam Mutasarrif "
    "Daotai Taotai Amban Tutu Tupan Dujun Tuchun Magistrate"  # the offices of Republican China
)
# Offices that stand before a surname like a title ("Superintendent Ransome", "Prosecuting Attorney Dunning").
ROLE_WORDS: frozenset[str] = ROLE_NOUNS - {"Member", "Head", "Vice", "Proprietors", "Teller"} | _words(
    "Attorney Master Solicitor Recorder Coroner Surveyor Collector Assessor Trustee Foreman Conductor "
    "Prosecutor Magistrate Chancellor Registrar Warden Steward Sexton Pastor Rector Vicar Curate Chaplain "
    "Marshal Detective Patrolman Sec Treas Commissar Chekist Inspector Sheriff Constable Judge Justice Ranger"
)
# The social words of the Soviet village and factory, in transliteration, that stand before a name as
# descriptions ("Kulak Voronkov", "Komsomolets Dubrov"), never as given names.
SOCIAL_WORDS: frozenset[str] = _words(
    "Kulak Kulaks Batrak Bednyak Bedniak Serednyak Seredniak Kolkhoznik Kolkhoznitsa Komsomolets Komsomolka "
    "Rabkor Selkor Udarnik Udarnitsa Nepman Chekist Militsioner Krasnoarmeets Partorg Komsorg Profgruporg "
    "Predsedatel Sekretar Upolnomochennyi Upolnomochenny Brigadir Desyatnik Master Agronom Feldsher Pop "
    "Lishenets Kustar Otkhodnik Edinolichnik Basmach Dashnak Musavatist Mensheviks Menshevik Bolshevik Anarchist "
    "Kupets Meshchanin Meshchanka Pomeshchik Prikazchik Pisar Starshina"
)
