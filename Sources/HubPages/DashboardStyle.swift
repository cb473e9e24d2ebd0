/// The CSS of the dashboard and login pages (inline, allowed by its hash) and of the owner's
/// passport page (mobile first, like the shop pages). System fonts only.
enum DashboardStyle {
    static let dashboard = """
        *{box-sizing:border-box}body{margin:0;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;\
        color:#1a1a1a;background:#f4f4f1}a{color:#1f5c99}header{background:#1f5c99;color:#fff;padding:.8em 1.2em;\
        display:flex;flex-wrap:wrap;gap:.6em 1.5em;align-items:center}header a{color:#fff}header strong{font-size:1.1em}\
        header form{margin:0 0 0 auto}nav a{margin-right:1em}main{max-width:72rem;margin:0 auto;padding:1em}\
        h1{font-size:1.6em;margin:.3em 0 .6em}h2{font-size:1.2em;margin:0 0 .6em;color:#1f5c99}\
        section{background:#fff;border-radius:.6em;padding:1em 1.2em;margin:0 0 1.2em;box-shadow:0 1px 3px rgba(0,0,0,.1)}\
        .keys{display:grid;grid-template-columns:repeat(auto-fit,minmax(10em,1fr));gap:.8em;margin:0 0 1.2em;padding:0;list-style:none}\
        .keys li{background:#fff;border-radius:.6em;padding:.8em 1em;box-shadow:0 1px 3px rgba(0,0,0,.1)}\
        .keys strong{display:block;font-size:1.8em;color:#1f5c99}.pair{display:grid;grid-template-columns:minmax(0,2fr) minmax(14em,1fr);\
        gap:1em;align-items:start}.multiples{display:grid;grid-template-columns:repeat(auto-fill,minmax(17em,1fr));gap:1em}\
        figure{margin:0}figcaption{font-weight:600;margin:0 0 .3em}.chart{width:100%;height:auto;display:block}\
        table{border-collapse:collapse;width:100%;font-size:.92em}th,td{text-align:left;padding:.3em .5em;border-bottom:1px solid #e2e2dc;\
        vertical-align:top;overflow-wrap:anywhere}th{font-weight:600}td.n,th.n{text-align:right}tr.done{color:#666}\
        button{font:inherit;padding:.35em .8em;border-radius:.4em;border:1px solid #1f5c99;background:#1f5c99;color:#fff;cursor:pointer}\
        header button{background:#fff;color:#1f5c99}.muted{color:#555}.error{background:#fde2e2;color:#7a1016;padding:.6em 1em;border-radius:.4em}\
        .login{max-width:24rem;margin:3em auto}.login label{display:block;margin:.8em 0 .2em;font-weight:600}\
        .login input{width:100%;font:inherit;padding:.5em;border:1px solid #888;border-radius:.4em}.login button{margin-top:1.2em;width:100%;padding:.6em}\
        @media (max-width:40em){.pair{grid-template-columns:1fr}}
        """

    static let passport = """
        *{box-sizing:border-box}body{margin:0;font:17px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;\
        color:#1a1a1a;background:#f4f4f1}header{background:#1f5c99;color:#fff;padding:1.5em 1.2em}header>*{max-width:36rem;\
        margin-left:auto;margin-right:auto}h1{margin:0;font-size:1.8em;line-height:1.2}header p{margin:.4em auto 0}\
        main{max-width:38rem;margin:0 auto;padding:1em}section{background:#fff;border-radius:.8em;padding:1em 1.2em;margin:0 0 1em;\
        box-shadow:0 1px 3px rgba(0,0,0,.1)}h2{margin:0 0 .4em;font-size:1.15em;color:#1f5c99}p{margin:.3em 0}\
        .done::before{content:"✓ ";color:#0a6b2d;font-weight:700}.todo{color:#555}ul{margin:0;padding-left:1.2em}\
        a{color:#1f5c99;font-weight:600}footer{text-align:center;color:#555;font-size:.85em;padding:.5em 1em 2em}
        """
}
