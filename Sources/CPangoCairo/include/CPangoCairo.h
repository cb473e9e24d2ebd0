#ifndef VITRINE_CPANGOCAIRO_H
#define VITRINE_CPANGOCAIRO_H
#include <stddef.h>

/* The part of cairo and pango the posters use, called through libpangocairo loaded at first use
 * (`vitrine_pangocairo_load`, CLibraryLoader) rather than linked: only the rendering child draws,
 * and a daemon that names these libraries maps them, and their dependencies, while it idles.
 *
 * Each function keeps its library name and prototype: cairo's come from its own header, read
 * under a `vitrine_linked_` name (never defined, never called), and are redefined below as
 * inline calls through the table the loader fills. Calling one before a successful load is a
 * programming error; PosterPDF loads before drawing. */

#define cairo_create vitrine_linked_cairo_create
#define cairo_destroy vitrine_linked_cairo_destroy
#define cairo_fill vitrine_linked_cairo_fill
#define cairo_font_options_create vitrine_linked_cairo_font_options_create
#define cairo_font_options_destroy vitrine_linked_cairo_font_options_destroy
#define cairo_font_options_set_hint_metrics vitrine_linked_cairo_font_options_set_hint_metrics
#define cairo_font_options_set_hint_style vitrine_linked_cairo_font_options_set_hint_style
#define cairo_move_to vitrine_linked_cairo_move_to
#define cairo_pdf_surface_create_for_stream vitrine_linked_cairo_pdf_surface_create_for_stream
#define cairo_pdf_surface_set_metadata vitrine_linked_cairo_pdf_surface_set_metadata
#define cairo_rectangle vitrine_linked_cairo_rectangle
#define cairo_set_source_rgb vitrine_linked_cairo_set_source_rgb
#define cairo_show_page vitrine_linked_cairo_show_page
#define cairo_status vitrine_linked_cairo_status
#define cairo_status_to_string vitrine_linked_cairo_status_to_string
#define cairo_surface_destroy vitrine_linked_cairo_surface_destroy
#define cairo_surface_finish vitrine_linked_cairo_surface_finish
#define cairo_surface_status vitrine_linked_cairo_surface_status
#include <cairo/cairo.h>
#include <cairo/cairo-pdf.h>
#undef cairo_create
#undef cairo_destroy
#undef cairo_fill
#undef cairo_font_options_create
#undef cairo_font_options_destroy
#undef cairo_font_options_set_hint_metrics
#undef cairo_font_options_set_hint_style
#undef cairo_move_to
#undef cairo_pdf_surface_create_for_stream
#undef cairo_pdf_surface_set_metadata
#undef cairo_rectangle
#undef cairo_set_source_rgb
#undef cairo_show_page
#undef cairo_status
#undef cairo_status_to_string
#undef cairo_surface_destroy
#undef cairo_surface_finish
#undef cairo_surface_status

/* Pango (1.50, Debian 12) is declared here rather than through <pango/pangocairo.h>, whose
 * pkg-config file carries -pthread (SwiftPM warns on every build). These are the library's own
 * types and values (pango-types.h, pango-layout.h, pango-font.h, pangocairo.h). */

typedef struct _PangoContext PangoContext;
typedef struct _PangoLayout PangoLayout;
typedef struct _PangoFontDescription PangoFontDescription;
/* A GObject instance (only ever handled through pointers). */
typedef struct _PangoFontMap {
    struct { void *g_type_instance; unsigned int ref_count; void *qdata; } parent_instance;
} PangoFontMap;

typedef struct _PangoRectangle {
    int x;
    int y;
    int width;
    int height;
} PangoRectangle;

#define PANGO_SCALE 1024

typedef enum {
    PANGO_WEIGHT_THIN = 100,
    PANGO_WEIGHT_ULTRALIGHT = 200,
    PANGO_WEIGHT_LIGHT = 300,
    PANGO_WEIGHT_SEMILIGHT = 350,
    PANGO_WEIGHT_BOOK = 380,
    PANGO_WEIGHT_NORMAL = 400,
    PANGO_WEIGHT_MEDIUM = 500,
    PANGO_WEIGHT_SEMIBOLD = 600,
    PANGO_WEIGHT_BOLD = 700,
    PANGO_WEIGHT_ULTRABOLD = 800,
    PANGO_WEIGHT_HEAVY = 900,
    PANGO_WEIGHT_ULTRAHEAVY = 1000
} PangoWeight;

typedef enum {
    PANGO_ALIGN_LEFT,
    PANGO_ALIGN_CENTER,
    PANGO_ALIGN_RIGHT
} PangoAlignment;

typedef enum {
    PANGO_WRAP_WORD,
    PANGO_WRAP_CHAR,
    PANGO_WRAP_WORD_CHAR
} PangoWrapMode;

PangoFontMap *vitrine_linked_pango_cairo_font_map_new(void);
PangoContext *vitrine_linked_pango_font_map_create_context(PangoFontMap *fontmap);
void vitrine_linked_pango_cairo_update_context(cairo_t *cr, PangoContext *context);
void vitrine_linked_pango_cairo_context_set_font_options(PangoContext *context, const cairo_font_options_t *options);
void vitrine_linked_pango_cairo_show_layout(cairo_t *cr, PangoLayout *layout);
PangoLayout *vitrine_linked_pango_layout_new(PangoContext *context);
void vitrine_linked_pango_layout_set_text(PangoLayout *layout, const char *text, int length);
void vitrine_linked_pango_layout_set_width(PangoLayout *layout, int width);
void vitrine_linked_pango_layout_set_wrap(PangoLayout *layout, PangoWrapMode wrap);
void vitrine_linked_pango_layout_set_alignment(PangoLayout *layout, PangoAlignment alignment);
void vitrine_linked_pango_layout_set_font_description(PangoLayout *layout, const PangoFontDescription *desc);
void vitrine_linked_pango_layout_get_extents(PangoLayout *layout, PangoRectangle *ink_rect, PangoRectangle *logical_rect);
PangoFontDescription *vitrine_linked_pango_font_description_new(void);
void vitrine_linked_pango_font_description_free(PangoFontDescription *desc);
void vitrine_linked_pango_font_description_set_family(PangoFontDescription *desc, const char *family);
void vitrine_linked_pango_font_description_set_weight(PangoFontDescription *desc, PangoWeight weight);
void vitrine_linked_pango_font_description_set_absolute_size(PangoFontDescription *desc, double size);
void vitrine_linked_g_object_unref(void *object);

/* X(name): every function of the table, for the struct and the loader alike. */
#define VITRINE_PANGOCAIRO_FUNCTIONS(X) \
    X(cairo_create) X(cairo_destroy) X(cairo_fill) X(cairo_font_options_create) \
    X(cairo_font_options_destroy) X(cairo_font_options_set_hint_metrics) \
    X(cairo_font_options_set_hint_style) X(cairo_move_to) X(cairo_pdf_surface_create_for_stream) \
    X(cairo_pdf_surface_set_metadata) X(cairo_rectangle) X(cairo_set_source_rgb) X(cairo_show_page) \
    X(cairo_status) X(cairo_status_to_string) X(cairo_surface_destroy) X(cairo_surface_finish) \
    X(cairo_surface_status) X(pango_cairo_font_map_new) X(pango_font_map_create_context) \
    X(pango_cairo_update_context) X(pango_cairo_context_set_font_options) X(pango_cairo_show_layout) \
    X(pango_layout_new) X(pango_layout_set_text) X(pango_layout_set_width) X(pango_layout_set_wrap) \
    X(pango_layout_set_alignment) X(pango_layout_set_font_description) X(pango_layout_get_extents) \
    X(pango_font_description_new) X(pango_font_description_free) X(pango_font_description_set_family) \
    X(pango_font_description_set_weight) X(pango_font_description_set_absolute_size) X(g_object_unref)

#define VITRINE_PANGOCAIRO_FIELD(name) __typeof__(vitrine_linked_##name) *name;
struct vitrine_pangocairo_table { VITRINE_PANGOCAIRO_FUNCTIONS(VITRINE_PANGOCAIRO_FIELD) };
#undef VITRINE_PANGOCAIRO_FIELD
extern struct vitrine_pangocairo_table vitrine_pangocairo;

/* Loads libpangocairo (and through it pango, cairo and gobject) once per process. Returns NULL,
 * or why it failed; a failed load is not retried. */
const char *vitrine_pangocairo_load(void);

#define VITRINE_T vitrine_pangocairo
static inline cairo_t *cairo_create(cairo_surface_t *target) { return VITRINE_T.cairo_create(target); }
static inline void cairo_destroy(cairo_t *cr) { VITRINE_T.cairo_destroy(cr); }
static inline void cairo_fill(cairo_t *cr) { VITRINE_T.cairo_fill(cr); }
static inline cairo_font_options_t *cairo_font_options_create(void) { return VITRINE_T.cairo_font_options_create(); }
static inline void cairo_font_options_destroy(cairo_font_options_t *options) { VITRINE_T.cairo_font_options_destroy(options); }
static inline void cairo_font_options_set_hint_metrics(cairo_font_options_t *options, cairo_hint_metrics_t metrics) {
    VITRINE_T.cairo_font_options_set_hint_metrics(options, metrics);
}
static inline void cairo_font_options_set_hint_style(cairo_font_options_t *options, cairo_hint_style_t style) {
    VITRINE_T.cairo_font_options_set_hint_style(options, style);
}
static inline void cairo_move_to(cairo_t *cr, double x, double y) { VITRINE_T.cairo_move_to(cr, x, y); }
static inline cairo_surface_t *cairo_pdf_surface_create_for_stream(cairo_write_func_t write, void *closure,
                                                                    double width, double height) {
    return VITRINE_T.cairo_pdf_surface_create_for_stream(write, closure, width, height);
}
static inline void cairo_pdf_surface_set_metadata(cairo_surface_t *surface, cairo_pdf_metadata_t metadata, const char *utf8) {
    VITRINE_T.cairo_pdf_surface_set_metadata(surface, metadata, utf8);
}
static inline void cairo_rectangle(cairo_t *cr, double x, double y, double width, double height) {
    VITRINE_T.cairo_rectangle(cr, x, y, width, height);
}
static inline void cairo_set_source_rgb(cairo_t *cr, double red, double green, double blue) {
    VITRINE_T.cairo_set_source_rgb(cr, red, green, blue);
}
static inline void cairo_show_page(cairo_t *cr) { VITRINE_T.cairo_show_page(cr); }
static inline cairo_status_t cairo_status(cairo_t *cr) { return VITRINE_T.cairo_status(cr); }
static inline const char *cairo_status_to_string(cairo_status_t status) { return VITRINE_T.cairo_status_to_string(status); }
static inline void cairo_surface_destroy(cairo_surface_t *surface) { VITRINE_T.cairo_surface_destroy(surface); }
static inline void cairo_surface_finish(cairo_surface_t *surface) { VITRINE_T.cairo_surface_finish(surface); }
static inline cairo_status_t cairo_surface_status(cairo_surface_t *surface) { return VITRINE_T.cairo_surface_status(surface); }
static inline PangoFontMap *pango_cairo_font_map_new(void) { return VITRINE_T.pango_cairo_font_map_new(); }
static inline PangoContext *pango_font_map_create_context(PangoFontMap *fontmap) {
    return VITRINE_T.pango_font_map_create_context(fontmap);
}
static inline void pango_cairo_update_context(cairo_t *cr, PangoContext *context) { VITRINE_T.pango_cairo_update_context(cr, context); }
static inline void pango_cairo_context_set_font_options(PangoContext *context, const cairo_font_options_t *options) {
    VITRINE_T.pango_cairo_context_set_font_options(context, options);
}
static inline void pango_cairo_show_layout(cairo_t *cr, PangoLayout *layout) { VITRINE_T.pango_cairo_show_layout(cr, layout); }
static inline PangoLayout *pango_layout_new(PangoContext *context) { return VITRINE_T.pango_layout_new(context); }
static inline void pango_layout_set_text(PangoLayout *layout, const char *text, int length) {
    VITRINE_T.pango_layout_set_text(layout, text, length);
}
static inline void pango_layout_set_width(PangoLayout *layout, int width) { VITRINE_T.pango_layout_set_width(layout, width); }
static inline void pango_layout_set_wrap(PangoLayout *layout, PangoWrapMode wrap) { VITRINE_T.pango_layout_set_wrap(layout, wrap); }
static inline void pango_layout_set_alignment(PangoLayout *layout, PangoAlignment alignment) {
    VITRINE_T.pango_layout_set_alignment(layout, alignment);
}
static inline void pango_layout_set_font_description(PangoLayout *layout, const PangoFontDescription *desc) {
    VITRINE_T.pango_layout_set_font_description(layout, desc);
}
static inline void pango_layout_get_extents(PangoLayout *layout, PangoRectangle *ink, PangoRectangle *logical) {
    VITRINE_T.pango_layout_get_extents(layout, ink, logical);
}
static inline PangoFontDescription *pango_font_description_new(void) { return VITRINE_T.pango_font_description_new(); }
static inline void pango_font_description_free(PangoFontDescription *desc) { VITRINE_T.pango_font_description_free(desc); }
static inline void pango_font_description_set_family(PangoFontDescription *desc, const char *family) {
    VITRINE_T.pango_font_description_set_family(desc, family);
}
static inline void pango_font_description_set_weight(PangoFontDescription *desc, PangoWeight weight) {
    VITRINE_T.pango_font_description_set_weight(desc, weight);
}
static inline void pango_font_description_set_absolute_size(PangoFontDescription *desc, double size) {
    VITRINE_T.pango_font_description_set_absolute_size(desc, size);
}
static inline void g_object_unref(void *object) { VITRINE_T.g_object_unref(object); }
#undef VITRINE_T
#endif
