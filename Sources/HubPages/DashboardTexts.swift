/// Every word of the hub's dashboard, login and passport pages, in French (the CCI staff's and
/// the owners' language), in one place so they can be reworded without reading the renderers.
enum DashboardTexts {
    static let product = "Vitrine · tableau de bord CCI"
    static let overview = "Vue d’ensemble"
    static let kioskTitle = "Borne {kiosk}"
    static let signedInAs = "Connecté : {name}"
    static let logout = "Se déconnecter"

    static let loginTitle = "Connexion au tableau de bord"
    static let loginName = "Identifiant"
    static let loginPassword = "Mot de passe"
    static let loginSubmit = "Se connecter"
    static let loginRefused = "Identifiant ou mot de passe incorrect."
    static let loginLocked = "Trop d’essais pour cet identifiant : réessayez dans {minutes} min."
    static let loginExpired = "Le formulaire a expiré : réessayez."

    static let keyVisits = "Visites"
    static let keyDiagnostics = "Diagnostics"
    static let keyPages = "Pages publiées"
    static let keyPosters = "Affiches imprimées"
    static let keyScans = "Scans des affiches"
    static let keyOpenRequests = "Rappels à faire"

    static let visitsHeading = "Visites par semaine (12 dernières semaines)"
    static let visitsChart = "Nombre de visites par semaine, du {first} au {last}"
    static let weekColumn = "Semaine du"
    static let visitsColumn = "Visites"

    static let funnelHeading = "Parcours : de la visite à l’affiche"
    static let funnelLead = "Visites distinctes ayant atteint chaque étape ; pourcentage des visites."
    static let funnelChart = "Entonnoir du parcours"
    static let funnelSteps = ["Visite", "Diagnostic", "Page publiée", "Affiche imprimée"]
    static let stepColumn = "Étape"
    static let countColumn = "Nombre"
    static let shareColumn = "Part des visites"

    static let scansHeading = "Scans des affiches : ce que le parcours rapporte"
    static let scansLead = "Affiches imprimées aux bornes : {posters} ; scans de leurs codes : {scans} ; scans par affiche : {ratio}. "
        + "Chaque scan est compté par jour, sans adresse, ni navigateur, ni cookie."
    static let scansChart = "Nombre de scans des affiches par semaine"
    static let scansColumn = "Scans"
    static let scanFormatColumns = ["Format", "Affiches imprimées", "Scans", "Scans par affiche"]

    static let scoresHeading = "Scores par dimension"
    static let scoresLead = "Dernier diagnostic de chaque commerce, par tranche de score."
    static let scoresChart = "Répartition des scores : {dimension}"
    static let bandLabels = ["0–19", "20–39", "40–59", "60–79", "80–100"]
    static let bandColumn = "Score"
    static let shopsColumn = "Commerces"

    static let targetsHeading = "Objectifs (dans l’esprit de France Numérique 2012)"
    static let targetsLead = "Part des {count} commerces diagnostiqués, comparée à l’objectif."
    static let targetsChart = "Progrès vers les objectifs"
    static let targetsNone = "Aucun objectif défini (content/hub-targets.json)."
    static let targetColumn = "Objectif"
    static let reachedColumn = "Atteint"
    static let aimColumn = "Cible"

    static let requestsHeading = "Demandes de rappel"
    static let requestsNone = "Aucune demande de rappel."
    static let requestColumns = ["Demandée le", "Borne", "Sujet", "Moment préféré", "Nom", "Téléphone", "Suivi"]
    static let markDone = "Marquer comme fait"
    static let requestsPages = "Pages des demandes ouvertes"
    static let previousPage = "← Plus anciennes"
    static let nextPage = "Plus récentes →"
    static let pageOf = "Page {page} sur {count} ({total} demandes ouvertes)"
    static let doneOn = "Fait le {date}"
    static let notShared = "non transmis"

    static let conflictsHeading = "Adresses de page en conflit"
    static let conflictsNone = "Aucun conflit."
    static let conflictColumns = ["Adresse", "Borne refusée", "Tenue par", "Le"]

    static let kiosksHeading = "Bornes"
    static let kiosksNone = "Aucune borne enregistrée (vitrine hub add-kiosk NOM)."
    static let kioskColumns = ["Borne", "Préfixe des codes", "Dernier rapport", "Visites"]
    static let never = "jamais"

    static let exportsHeading = "Exports CSV"
    static let exports = [("events", "Événements par borne et par semaine"), ("advisor-requests", "Demandes de rappel"),
                          ("funnel", "Parcours"), ("poster-scans", "Scans des affiches par borne, semaine et format"),
                          ("posters", "Affiches imprimées et scans par borne et format")]

    static let notFoundTitle = "Page introuvable"
    static let forbiddenTitle = "Action refusée"
    static let forbiddenText = "Le jeton de sécurité du formulaire manque ou ne correspond pas : rechargez la page et recommencez."
    static let unauthorizedTitle = "Connexion requise"
    static let unauthorizedText = "Votre session a expiré ou vous n’êtes pas connecté."
    static let failedTitle = "La demande n’a pas abouti"
    static let backToLogin = "Se connecter"
    static let backToDashboard = "Retour au tableau de bord"

    static let passportTitle = "Passeport numérique"
    static let passportLead = "Les étapes franchies avec la CCI pour le numérique de votre commerce."
    static let passportDiagnostic = "Diagnostic"
    static let passportScore = "Score : {score} / 100 · niveau {level}"
    static let passportDiagnosticDate = "Réalisé le {date}"
    static let passportTrainings = "Formations réussies"
    static let passportPage = "Page vitrine"
    static let passportPageLink = "Voir ma page"
    static let passportPoster = "Affiche QR code"
    static let passportPosterScans = "Votre affiche {format} du {date} : {count} scans ce mois-ci"
    static let passportPosterScan = "Votre affiche {format} du {date} : 1 scan ce mois-ci"
    static let passportAdvisor = "Rappel par un conseiller"
    static let passportDoneOn = "Fait le {date}"
    static let passportAskedOn = "Demandé le {date}"
    static let passportNotYet = "Pas encore"
    static let passportMissing = "Ce passeport n’existe pas ou n’est plus partagé avec la CCI."
    static let passportFooter = "Passeport tenu par votre CCI. Vous pouvez retirer votre accord à tout moment sur la borne."

    /// Month names, for dates written out ("3 décembre").
    static let months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
                         "décembre"]

    /// `text` with `{name}` placeholders filled in.
    static func fill(_ text: String, _ values: [String: String]) -> String {
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            result += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            result += values[name] ?? "{" + name + "}"
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
