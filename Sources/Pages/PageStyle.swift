/// The CSS of the public pages, posters and directory: system fonts only (nothing fetched),
/// mobile first. Each page inlines the part it needs, preceded by the shop's accent colour.
enum PageStyle {
    static func shop(accent: String) -> String { ":root{--a:\(accent)}" + shopRules }

    static let shopRules = """
        *{box-sizing:border-box}body{margin:0;font:17px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;\
        color:#1a1a1a;background:#f4f4f1}p{margin:.4em 0;overflow-wrap:anywhere}a{color:var(--a)}\
        .preview{margin:0;padding:.6em 1em;background:#fff3c4;color:#4a3b00;text-align:center;font-weight:600}\
        header{background:var(--a);color:#fff;padding:1.6em 1.2em 1.3em}header>*{max-width:36rem;margin-left:auto;margin-right:auto}\
        h1{margin-top:0;margin-bottom:0;font-size:1.9em;line-height:1.15;overflow-wrap:anywhere}.trade{margin-top:.3em}\
        .status{display:table;margin-top:.9em;padding:.35em .9em;border-radius:2em;background:#fff;color:#1a1a1a}\
        .status strong{color:#0a6b2d}.status.closed strong{color:#a4161a}\
        main{max-width:38rem;margin:0 auto;padding:1em}\
        .actions{display:grid;grid-template-columns:repeat(auto-fit,minmax(9.5em,1fr));gap:.6em;margin:0 0 1em}\
        .actions a{display:block;padding:.8em .5em;border-radius:.6em;background:var(--a);color:#fff;text-align:center;\
        font-weight:600;text-decoration:none}.actions a.alt{background:#fff;color:var(--a);box-shadow:inset 0 0 0 2px var(--a)}\
        section{background:#fff;border-radius:.8em;padding:1em 1.2em;margin:0 0 1em;box-shadow:0 1px 3px rgba(0,0,0,.1)}\
        h2{margin:0 0 .5em;font-size:1.2em;color:var(--a)}table{border-collapse:collapse;width:100%}\
        th{text-align:left;font-weight:400;padding:.2em 1em .2em 0;white-space:nowrap}td{padding:.2em 0}\
        tr.today{font-weight:700}ul{margin:0;padding-left:1.2em}address{font-style:normal}\
        footer{text-align:center;color:#555;font-size:.85em;padding:.5em 1em 2em}
        """

    /// A printed sheet of `width` × `height` mm with a QR code `qr` mm wide.
    /// `accent` and `signature` are checked `#rrggbb` colours (a shop's accent, the CCI's colour).
    static func poster(width: Int, height: Int, qr: Int, accent: String, signature: String? = nil) -> String {
        ":root{--a:\(accent)}@page{size:\(width)mm \(height)mm;margin:0}"
            + ".sheet{width:\(width)mm;height:\(height)mm;font-size:\(width * 10 / 210 + 4)pt}.qr{width:\(qr)mm}.qr.small{width:\(qr * 2 / 5)mm}"
            + (signature.map { ".by{margin:0;font-size:.9em;font-weight:600;color:\($0)}" } ?? "")
            + posterRules
    }

    static let posterRules = """
        *{box-sizing:border-box}html,body{margin:0;padding:0}body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;\
        color:#111;background:#888}.sheet{margin:0 auto;background:#fff;display:flex;flex-direction:column;align-items:center;\
        justify-content:space-between;text-align:center;padding:6% 7%;overflow:hidden;border-top:1.6em solid var(--a)}\
        h1{margin:0;font-size:2.4em;line-height:1.1;overflow-wrap:anywhere}.trade{margin:0;font-size:1.2em;color:#333}\
        .call{margin:0;font-size:1.8em;font-weight:800;color:var(--a)}.lead{margin:0;font-size:1.1em}\
        .url{margin:0;font-size:1em;font-weight:600;overflow-wrap:anywhere}.code{margin:0;font-size:1.3em;font-weight:700}.qr svg{display:block;width:100%;height:auto}\
        .extra{display:flex;align-items:center;gap:5%;text-align:left;font-size:1em}.extra p{margin:0}\
        @media print{body{background:#fff}.sheet{margin:0;break-after:page}}
        """

    static let directoryRules = """
        *{box-sizing:border-box}body{margin:0;font:17px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;\
        color:#1a1a1a;background:#f4f4f1}header{background:#1f5c99;color:#fff;padding:1.5em 1.2em}\
        h1{margin:0;font-size:1.7em;line-height:1.2}main{max-width:38rem;margin:0 auto;padding:1em}\
        ul{list-style:none;margin:0;padding:0}li{background:#fff;border-radius:.8em;margin:0 0 .7em;\
        box-shadow:0 1px 3px rgba(0,0,0,.1)}li a{display:block;padding:.9em 1.1em;color:#1a1a1a;text-decoration:none}\
        li strong{display:block;color:#1f5c99;font-size:1.1em}p{margin:.4em 0}footer{text-align:center;color:#555;\
        font-size:.85em;padding:.5em 1em 2em}
        """
}
