"""WordPress 5 + Sydney theme + SiteOrigin Page Builder: Trường THPT Huỳnh Văn Sâm (Đồng Tháp).

An upper-secondary school's site as a district IT teacher set it up in 2020 and nobody touched
since: WordPress 5.6 with aThemes' Sydney, Page Builder by SiteOrigin (+ Widgets Bundle), Yoast SEO
15 (breadcrumbs, primary category, author archives switched off), WP-Print, AddToAny, Contextual
Related Posts, WP-Polls and WP Statistics in the sidebar. Every link is absolute (``http://<Host>``).

URL scheme
    /                                   front page: a Page Builder layout (no sidebar)
    /<slug>/                            a post or a page (``/%postname%/`` permalinks)
    /gioi-thieu/lich-su-phat-trien/     a child page
    /?p=<ID>                            shortlinks (head, sidebar "THÔNG BÁO", home box, in-text
                                        "Xem thêm"): 301 to /<slug>/; ``?page_id=``, ``?cat=`` likewise
    /<slug>/print/                      WP-Print view of a post (rel=nofollow link under the text)
    /<slug>/?replytocom=<n>             comment reply links: the same post with the reply form
    /category/<slug>/[<child>/]page/N/  category archives, 4 posts a page; /page/1/ -> 301
    /tag/<slug>/                        tag archives; /?s=… and /page/N/?s=… search results
    /author/quantri/                    301 to / (Yoast: author archives disabled)
    /feed/                              RSS of the 10 latest posts
    /wp-admin/admin-ajax.php?action=sow_carousel_load&paged=N   the post carousel's JSON
    /wp-content/…, /wp-includes/…       images, PDFs, styles (tiny placeholders)

Page templates
    single post   Yoast breadcrumbs, h1.title-post, div.meta-post (published + "updated" <time>
                  glued together, "quantri", categories by name), view counter, div.entry-content
                  holding the text and, appended by plugins inside it, the WP-Print link, the
                  AddToAny box and CRP's "Bài viết liên quan" with thumbnails; tags; comments.
    archive       h3.archive-title "Chuyên mục: …", article teasers (thumb, h2, meta, excerpt
                  "[…]"), ``nav.pagination`` with numbers and "Tiếp »".
    page          h1 + entry-content (Page Builder panels on "Giới thiệu").
    front page    Sydney hero slider; panels: service boxes, "Sydney FP: Latest News" (3 posts of
                  Tin tức), a "THÔNG BÁO MỚI" box of ?p= links, a SiteOrigin post carousel of
                  Chuyên môn (2 items, the rest by AJAX), counters, the principal's "THƯ NGỎ".

How each gold article is reached (besides the print/?p=/replytocom twins)
    A13 Lịch kiểm tra HKI (Thông báo)      home ?p= box, sidebar, recent posts, category
    A8  Hiến máu (Tin nhà trường)          home latest news, recent posts, categories
    A12 Thông báo Hội thi GVCN (Thông báo) home ?p= box, recent posts, category
    A6  Rung chuông vàng (Hoạt động Đoàn)  home latest news, recent, popular, categories, tag
    A1  Lễ 20/11 (Tin nhà trường)          home latest news, popular, album's ?p= link, tag
    A10 Hội giảng, Page Builder post       home carousel, popular, Chuyên môn
    A9  Chuyên đề Lịch sử (Chuyên môn)     home carousel, popular, Chuyên môn, related lists
    A4  Đoàn kiểm tra Sở (Tin nhà trường)  page 1 of Tin tức / Tin nhà trường, related lists
    A3  Hội khỏe Phù Đổng                  popular, Tin nhà trường page 1, Tin tức page 2
    A7  Chủ nhật xanh (Hoạt động Đoàn)     Hoạt động Đoàn, Tin tức page 2, A8's "Xem thêm" ?p=
    A11 Ôn thi Toán (Chuyên môn)           Chuyên môn, carousel's AJAX page 2, related lists
    A2  Hội nghị viên chức                 ONLY Tin tức page 2 and Tin nhà trường page 2
    A5  Tuyên truyền ma túy                ONLY Tin tức page 2 and Tin nhà trường page 2
    (both are older than the feed's 10 items and kept out of every widget and related list)

Traps
 1. Dates. Sydney prints the day only ("20/11/2026") and glues the hidden
    ``<time class="updated">`` right after it ("20/11/202621/11/2026"); on A13 the update day is
    the header's today. Yoast's article:published_time / JSON-LD are in UTC: A4, posted at 06:20,
    says "2026-11-05T23:20:00+00:00". Gold: the printed day ("2026-11-06"), never the update.
 2. Shortlinks. ``/?p=ID`` links (sidebar notices, home box, "Xem thêm", album, head) answer
    301 to the slug. Gold: the slug path; ``/?p=ID`` is in alt_paths.
 3. Duplicates. ``/<slug>/print/`` (WP-Print: same text, a bare page) and
    ``/<slug>/?replytocom=N`` (A1, A6) serve the same article. Gold: alt_paths.
 4. The Page Builder post (A10): its text is split over panel cells; the SiteOrigin image
    widget prints its caption as ``<h3 class="widget-title">`` under the photo, while the editor
    widget's own ``h3.widget-title`` ("Kết quả xếp loại") is a heading of the text, and a
    "Sydney FP: Latest News" widget ("Tin cùng chuyên mục", h3.widget-title, three teasers with
    thumbnails) sits inside .entry-content after a button "Tải kế hoạch Hội giảng". Gold: the
    first h3 is a caption, the second a body paragraph, the widget and the button are nothing;
    the image-grid photos' titles exist only as title/alt attributes: caption None.
 5. Plugin output inside .entry-content: the print link, AddToAny ("Chia sẻ bài viết:"), CRP's
    "Bài viết liên quan:" with 150x150 thumbnails of other posts. Gold: none of it is body or
    images.
 6. Not articles that are posts: a document entry (Văn bản: a table "Số/Ký hiệu … Tệp đính
    kèm" + PDF viewer iframe), a photo album and a video post, all ``/<slug>/`` posts with
    og:type article, a breadcrumb and a date like the articles. Pages (Giới thiệu, Lịch sử phát
    triển, Thời khóa biểu, Liên hệ) carry og:type article too. Gold: NON_ARTICLES.
 7. Official notice (A12): letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận" and the
    signer's table. WordPress prints 01/12/2026, the letterhead "ngày 30 tháng 11 năm 2026".
    Gold: date "2026-11-30", author the signer "Nguyễn Văn Thắng", the letterhead, kind/subject
    and closing out of the body; the "- Vòng 1 …" dashes the editor typed stay.
 8. Word paste (A2, A9): ``mso-list:Ignore`` "-" markers, tables whose cells hold
    ``<p class="MsoNormal">``, footnote calls "[1]" wrapped in ``<!--[if !supportFootnotes]-->``
    links, the footnote list after the right-aligned byline. Gold: no list markers; a table row
    is one paragraph "a | b | c"; "…học sinh.[1] Tuy nhiên…" as printed; the notes "[1] …" are
    the last paragraphs of the body, the byline between is not.
 9. Facebook paste (A6): lines start with emoji drawn as fbcdn ``<img alt="👉">``; raw emoji in
    the title and text; a hashtag line. Gold: the pictured emoji are bullets (no text, no image),
    raw "🎉"/"❤️" kept, the hashtag line is tags (not body); gallery thumbnails are the photos.
10. Bylines in every form: Sydney's "quantri" (nobody), right-aligned units ("Công đoàn
    trường", "Tổ Thể dục – Quốc phòng" via class has-text-align-right, "BCH Đoàn trường"),
    "Bài: ThS. Trần Văn Lợi – Phó Hiệu trưởng", "Thầy Nguyễn Quốc Việt – Tổ trưởng …",
    "Tin, ảnh: X", "Tin: X – Ảnh: Y", "BBT" (nobody), a per-photo credit "(Ảnh: Lê Hoàng Phúc)".
11. Two closing "Theo …" lines (A5): "Theo kế hoạch, …" is the last body sentence, the
    right-aligned "Theo Cổng thông tin điện tử xã Mỹ Thiện" is the source.
12. Category: A8 is filed under Tin nhà trường (Yoast primary, breadcrumb) and Hoạt động Đoàn;
    the meta line lists "Hoạt động Đoàn, Tin nhà trường" by name. Gold: the breadcrumb's last
    section, "Tin nhà trường".
13. Encodings: wptexturize references (&#8220; &#8211;), titles with "&#038;" (A4), A5's text
    typed in decomposed Unicode (NFD). Gold: NFC text with the typographic characters.

Gold decisions on ambiguous points
 - category: the deepest section of the Yoast breadcrumb (its primary category), not "Tin tức".
 - images: the ``src`` as printed (gallery -300x200, sow -800x600 …), not the srcset's largest
   or the link to the original; the grid's title attributes are not captions; the per-photo
   credit "(Ảnh: X)" gives caption None and X as photographer.
 - "Thầy"/"Cô" before a signature is a title, dropped like "ThS.".
 - A unit signing alone ("BCH Đoàn trường", "Công đoàn trường") is the author; "BBT" nobody.
 - summary: only a bold first paragraph (A1, A4, A7, A8, A10); Yoast's meta description (A11)
   is not a sapo.
 - A table's header row is a body paragraph like the others.
 - A hashtag-only line (A6) is tags, not text.
 - The comments, the comment dates and the reply form are not the article.
"""

from __future__ import annotations

import html as _html
import json
import re
import unicodedata
from datetime import datetime, timedelta
from urllib.parse import quote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    PDF,
    Img,
    P,
    Raw,
    Story,
    base_url,
    esc,
    gold_record,
    static_file,
)

NAME = "wp_siteorigin_thpt"
PLATFORM = "WordPress 5 (Sydney theme, SiteOrigin Page Builder, Yoast SEO, WP-Print)"
START_PATH = "/"

SCHOOL = "Trường THPT Huỳnh Văn Sâm"
TAGLINE = "Kỷ cương – Tình thương – Trách nhiệm"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
PER_PAGE = 4
UP = "/wp-content/uploads"

# --- categories --------------------------------------------------------------------------------
# slug path -> (name, parent slug path or None)
CATS: dict[str, tuple[str, str | None]] = {
    "tin-tuc": ("Tin tức", None),
    "tin-tuc/tin-nha-truong": ("Tin nhà trường", "tin-tuc"),
    "tin-tuc/hoat-dong-doan": ("Hoạt động Đoàn", "tin-tuc"),
    "chuyen-mon": ("Chuyên môn", None),
    "thong-bao": ("Thông báo", None),
    "van-ban": ("Văn bản", None),
    "thu-vien-anh": ("Thư viện ảnh", None),
    "video": ("Video", None),
}
CAT_IDS = {
    "tin-tuc": 2,
    "tin-tuc/tin-nha-truong": 5,
    "tin-tuc/hoat-dong-doan": 6,
    "chuyen-mon": 3,
    "thong-bao": 4,
    "van-ban": 7,
    "thu-vien-anh": 8,
    "video": 9,
}
TAGS = {"20-11": "20-11", "doan-thanh-nien": "Đoàn thanh niên"}

_TEXTURIZE = {
    "“": "&#8220;",
    "”": "&#8221;",
    "‘": "&#8216;",
    "’": "&#8217;",
    "–": "&#8211;",
    "—": "&#8212;",
    "…": "&#8230;",
}


def wpt(value: str, *, nfd: bool = False, title: bool = False) -> str:
    """Text as WordPress prints it: escaped, wptexturize's curly quotes and dashes as references;
    in titles the ampersand is '&#038;' (what the_title() prints)."""
    s = unicodedata.normalize("NFD", value) if nfd else value
    s = _html.escape(s, quote=False)
    if title:
        s = s.replace("&amp;", "&#038;")
    for ch, ref in _TEXTURIZE.items():
        s = s.replace(ch, ref)
    return s


def sized(src: str, size: str | None) -> str:
    """Another size of an uploaded image: '-830x460', '-300x200', or None for the original."""
    stem = re.sub(r"-\d+x\d+(\.\w+)$", r"\1", src)
    if size is None:
        return stem
    return re.sub(r"(\.\w+)$", size + r"\1", stem)


def vn_date(stamp: str) -> str:
    d = datetime.strptime(stamp, "%Y-%m-%d %H:%M")
    return d.strftime("%d/%m/%Y")


def iso_local(stamp: str) -> str:
    return datetime.strptime(stamp, "%Y-%m-%d %H:%M").strftime("%Y-%m-%dT%H:%M:%S+07:00")


def iso_utc(stamp: str) -> str:
    d = datetime.strptime(stamp, "%Y-%m-%d %H:%M") - timedelta(hours=7)
    return d.strftime("%Y-%m-%dT%H:%M:%S+00:00")


# --- stories -----------------------------------------------------------------------------------
# opts: wp (post date as WordPress stores it, local time), mod (last modified), cats (category
# paths, the Yoast primary first), tags, comments [(id, name, when, text)], kind, thumb


def _right(byline: str, tag: str = "strong") -> Raw:
    return Raw(f'<p style="text-align: right;"><{tag}>{wpt(byline)}</{tag}></p>')


_TABLE_END = Raw("</tbody></table>")

A1 = Story(
    id=1412,
    slug="le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
    title="Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 – 20/11/2026",
    cat="Tin nhà trường",
    published_at="2026-11-20",
    summary=(
        "Sáng ngày 20/11/2026, Trường THPT Huỳnh Văn Sâm long trọng tổ chức Lễ kỷ niệm 44 năm "
        "Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026) và tuyên dương giáo viên, học sinh đạt "
        "thành tích xuất sắc trong phong trào thi đua “Dạy tốt – Học tốt” đợt 1 năm học 2026 – 2027."
    ),
    blocks=[
        P(
            "Sáng ngày 20/11/2026, Trường THPT Huỳnh Văn Sâm long trọng tổ chức Lễ kỷ niệm 44 năm "
            "Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026) và tuyên dương giáo viên, học sinh đạt "
            "thành tích xuất sắc trong phong trào thi đua “Dạy tốt – Học tốt” đợt 1 năm học 2026 – 2027.",
            "b",
        ),
        Img(
            f"{UP}/2026/11/le-20-11-2026-01-1024x683.jpg",
            "Quang cảnh buổi lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
            "Quang cảnh buổi lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
            "cap:1413",
        ),
        P(
            "Đến dự buổi lễ có ông Trần Quốc Dũng, Phó Chủ tịch UBND xã Mỹ Thiện; đại diện Ban đại "
            "diện Cha mẹ học sinh, các thế hệ thầy cô giáo đã nghỉ hưu cùng toàn thể cán bộ, giáo "
            "viên, nhân viên và hơn 1.200 học sinh của trường."
        ),
        P(
            "Phát biểu tại buổi lễ, thầy Nguyễn Văn Thắng, Hiệu trưởng nhà trường ôn lại truyền "
            "thống vẻ vang của ngành Giáo dục Việt Nam, đồng thời điểm lại những kết quả nổi bật mà "
            "tập thể sư phạm nhà trường đạt được trong năm học vừa qua: tỷ lệ tốt nghiệp THPT đạt "
            "99,6%, có 14 học sinh đạt giải học sinh giỏi cấp tỉnh, 01 đề tài nghiên cứu khoa học kỹ "
            "thuật đạt giải Ba cấp tỉnh."
        ),
        Img(
            f"{UP}/2026/11/le-20-11-2026-02-1024x683.jpg",
            "(Thầy Nguyễn Văn Thắng – Hiệu trưởng nhà trường phát biểu tại buổi lễ)",
            "Thầy Nguyễn Văn Thắng – Hiệu trưởng nhà trường phát biểu tại buổi lễ",
            "cap:1414",
        ),
        P(
            "“Mỗi thầy cô hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo để các em học "
            "sinh noi theo” – thầy Hiệu trưởng nhấn mạnh.",
            "quote",
        ),
        P(
            "Thay mặt chính quyền địa phương, ông Trần Quốc Dũng gửi lời chúc mừng đến tập thể thầy "
            "cô giáo nhà trường, ghi nhận những đóng góp của nhà trường đối với sự nghiệp giáo dục "
            "của xã nhà."
        ),
        P(
            "Dịp này, nhà trường đã khen thưởng 12 tập thể lớp và 46 học sinh có thành tích xuất sắc "
            "trong đợt thi đua chào mừng Ngày Nhà giáo Việt Nam; trao 20 suất học bổng “Tiếp bước "
            "đến trường” với tổng trị giá 30 triệu đồng do các nhà hảo tâm tài trợ."
        ),
        Img(
            f"{UP}/2026/11/le-20-11-2026-03-1024x683.jpg",
            "Trao học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn",
            "Trao học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh khó khăn",
            "cap:1415",
        ),
        P(
            "Buổi lễ khép lại với chương trình văn nghệ đặc sắc do các chi đoàn học sinh biểu diễn, "
            "để lại nhiều cảm xúc cho thầy cô và các em học sinh."
        ),
        _right("Tin, ảnh: Nguyễn Thị Thu Hà"),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    photographers=["Nguyễn Thị Thu Hà"],
    opts={
        "wp": "2026-11-20 09:30",
        "mod": "2026-11-21 07:12",
        "cats": ["tin-tuc/tin-nha-truong"],
        "tags": ["20-11"],
        "comments": [
            (57, "Trần Minh Thư", "2026-11-20 20:14",
             "Chúc thầy cô luôn mạnh khỏe, hạnh phúc và thành công trong sự nghiệp trồng người ạ!"),
            (58, "Phụ huynh lớp 10A2", "2026-11-21 06:52",
             "Cảm ơn nhà trường đã quan tâm trao học bổng cho các em có hoàn cảnh khó khăn."),
        ],
    },
)

A2 = Story(
    id=1288,
    slug="hoi-nghi-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    title="Hội nghị viên chức, người lao động năm học 2026 – 2027",
    cat="Tin nhà trường",
    published_at="2026-10-17",
    blocks=[
        P(
            "Chiều ngày 16/10/2026, Trường THPT Huỳnh Văn Sâm tổ chức Hội nghị viên chức, người lao "
            "động năm học 2026 – 2027. Tham dự hội nghị có 86/88 cán bộ, giáo viên, nhân viên của "
            "nhà trường.",
            "ms",
        ),
        P(
            "Hội nghị đã nghe báo cáo tổng kết năm học 2025 – 2026, phương hướng nhiệm vụ năm học "
            "2026 – 2027 và thảo luận, thông qua các chỉ tiêu trọng tâm:",
            "ms",
        ),
        P("Tỷ lệ học sinh lên lớp thẳng đạt từ 97% trở lên;", "mso"),
        P("Tỷ lệ tốt nghiệp THPT đạt từ 99% trở lên;", "mso"),
        P("Có ít nhất 15 học sinh đạt giải học sinh giỏi cấp tỉnh;", "mso"),
        P("100% giáo viên đạt chuẩn nghề nghiệp mức khá trở lên.", "mso"),
        Img(f"{UP}/2026/10/hoi-nghi-vc-2026-1024x576.jpg", None, None, "ms"),
        P("Bảng phân công nhiệm vụ các tổ chuyên môn được hội nghị thống nhất như sau:", "ms"),
        Raw(
            '<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
            'style="border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;'
            'mso-yfti-tbllook:1184;mso-padding-alt:0cm 5.4pt 0cm 5.4pt"><tbody>'
        ),
        P("Tổ chuyên môn | Số giáo viên | Tổ trưởng", "mstr"),
        P("Toán – Tin | 14 | Nguyễn Quốc Việt", "mstr"),
        P("Ngữ văn | 11 | Huỳnh Thị Mỹ Linh", "mstr"),
        P("Sử – Địa – GDKT&PL | 12 | Phạm Thị Ngọc Diễm", "mstr"),
        _TABLE_END,
        P(
            "Hội nghị cũng đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 – 2028 gồm 03 đồng chí, ký "
            "kết giao ước thi đua giữa Hiệu trưởng và Chủ tịch Công đoàn cơ sở.",
            "ms",
        ),
        Raw(
            '<p class="MsoNormal" align="right" style="text-align:right;line-height:150%">'
            '<b><i><span style="font-size:13.0pt;line-height:150%;font-family:&quot;Times New '
            'Roman&quot;,serif">Công đoàn trường<o:p></o:p></span></i></b></p>'
        ),
    ],
    authors=["Công đoàn trường"],
    opts={"wp": "2026-10-17 14:05", "mod": "2026-10-17 14:05", "cats": ["tin-tuc/tin-nha-truong"]},
)

A3 = Story(
    id=1331,
    slug="soi-noi-hoi-khoe-phu-dong-cap-truong-nam-hoc-2026-2027",
    title="Sôi nổi Hội khỏe Phù Đổng cấp trường năm học 2026 – 2027",
    cat="Tin nhà trường",
    published_at="2026-10-30",
    blocks=[
        P(
            "Từ ngày 26 đến 29/10/2026, Trường THPT Huỳnh Văn Sâm tổ chức Hội khỏe Phù Đổng cấp "
            "trường năm học 2026 – 2027 với sự tham gia của hơn 400 vận động viên là học sinh đến "
            "từ 32 lớp."
        ),
        Img(
            f"{UP}/2026/10/hkpd-2026-khai-mac-1024x683.jpg",
            "Các vận động viên tham gia lễ khai mạc",
            "Các vận động viên tham gia lễ khai mạc",
            "gb:1332",
        ),
        P("Hội khỏe năm nay gồm 5 môn thi đấu:"),
        Raw("<ul>"),
        P("Bóng đá nam;", "li"),
        P("Bóng chuyền nam, nữ;", "li"),
        P("Cầu lông đơn nam, đơn nữ;", "li"),
        P("Kéo co;", "li"),
        P("Chạy tiếp sức 4 x 100 m.", "li"),
        Raw("</ul>"),
        P("Qua 4 ngày tranh tài sôi nổi, Ban tổ chức đã trao giải cho các tập thể và cá nhân xuất sắc:"),
        Raw('<figure class="wp-block-table is-style-stripes"><table><tbody>'),
        P("Môn thi | Giải Nhất | Giải Nhì", "tr"),
        P("Bóng đá nam | 12A1 | 11A4", "tr"),
        P("Bóng chuyền nữ | 11A2 | 12A5", "tr"),
        P("Kéo co | 10A3 | 12A1", "tr"),
        Raw("</tbody></table></figure>"),
        Img(
            f"{UP}/2026/10/hkpd-2026-keo-co-1024x683.jpg",
            "Phần thi kéo co luôn thu hút đông đảo cổ động viên",
            "Phần thi kéo co luôn thu hút đông đảo cổ động viên",
            "gb:1333",
        ),
        P(
            "Hội khỏe Phù Đổng cấp trường là dịp để nhà trường phát hiện, tuyển chọn những học sinh "
            "có năng khiếu thể thao tham dự Hội khỏe Phù Đổng tỉnh Đồng Tháp lần thứ XI năm 2027."
        ),
        Raw('<p class="has-text-align-right"><strong>Tổ Thể dục – Quốc phòng</strong></p>'),
    ],
    authors=["Tổ Thể dục – Quốc phòng"],
    opts={"wp": "2026-10-30 16:40", "mod": "2026-10-31 08:02", "cats": ["tin-tuc/tin-nha-truong"]},
)

A4 = Story(
    id=1365,
    slug="doan-kiem-tra-so-gddt-lam-viec-ve-cong-tac-chuan-bi-thi-tot-nghiep-thpt-2027",
    title="Đoàn kiểm tra Sở GD&ĐT làm việc tại trường về công tác chuẩn bị thi tốt nghiệp THPT năm 2027",
    cat="Tin nhà trường",
    published_at="2026-11-06",
    summary=(
        "Ngày 05/11/2026, Đoàn kiểm tra của Sở Giáo dục và Đào tạo do ông Lê Minh Trí, Phó Giám "
        "đốc Sở làm trưởng đoàn đã đến làm việc với Trường THPT Huỳnh Văn Sâm về công tác chuẩn bị "
        "cho Kỳ thi tốt nghiệp THPT năm 2027."
    ),
    blocks=[
        P(
            "Ngày 05/11/2026, Đoàn kiểm tra của Sở Giáo dục và Đào tạo do ông Lê Minh Trí, Phó Giám "
            "đốc Sở làm trưởng đoàn đã đến làm việc với Trường THPT Huỳnh Văn Sâm về công tác chuẩn "
            "bị cho Kỳ thi tốt nghiệp THPT năm 2027.",
            "bj",
        ),
        P(
            "Tại buổi làm việc, thầy Trần Văn Lợi, Phó Hiệu trưởng nhà trường báo cáo tình hình "
            "triển khai kế hoạch ôn tập cho 412 học sinh khối 12; việc tổ chức dạy học 2 buổi/ngày, "
            "phân loại học sinh theo năng lực và xây dựng ngân hàng câu hỏi theo định dạng đề thi mới "
            "của Bộ GD&ĐT.",
            "j",
        ),
        Img(f"{UP}/2026/11/kiem-tra-so-01-1024x683.jpg", "(Ảnh: Lê Hoàng Phúc)", None, "plain:1366"),
        P(
            "Đoàn đã dự giờ 04 tiết ôn tập các môn Toán, Ngữ văn, Tiếng Anh và Lịch sử; kiểm tra hồ "
            "sơ chuyên môn của các tổ và cơ sở vật chất phục vụ dạy học.",
            "j",
        ),
        Img(
            f"{UP}/2026/11/kiem-tra-so-02-1024x683.jpg",
            "Ông Lê Minh Trí – Phó Giám đốc Sở GD&ĐT phát biểu chỉ đạo",
            "Ông Lê Minh Trí – Phó Giám đốc Sở GD&ĐT phát biểu chỉ đạo",
            "plain:1367",
        ),
        P(
            "Kết luận buổi kiểm tra, ông Lê Minh Trí ghi nhận sự chủ động của nhà trường, đồng thời "
            "đề nghị tiếp tục quan tâm nhóm học sinh có học lực yếu, tăng cường phối hợp với cha mẹ "
            "học sinh trong việc quản lý giờ tự học của các em.",
            "j",
        ),
        _right("Bài: ThS. Trần Văn Lợi – Phó Hiệu trưởng", "em"),
    ],
    authors=["Trần Văn Lợi"],
    photographers=["Lê Hoàng Phúc"],
    opts={"wp": "2026-11-06 06:20", "mod": "2026-11-06 06:20", "cats": ["tin-tuc/tin-nha-truong"]},
)

A5 = Story(
    id=1247,
    slug="tuyen-truyen-phong-chong-ma-tuy-trong-truong-hoc",
    title="Tuyên truyền phòng, chống ma túy và tệ nạn xã hội trong trường học",
    cat="Tin nhà trường",
    published_at="2026-10-09",
    blocks=[
        P(
            "Nhằm nâng cao nhận thức cho học sinh về tác hại của ma túy và các tệ nạn xã hội, sáng "
            "ngày 08/10/2026, Công an xã Mỹ Thiện phối hợp với Trường THPT Huỳnh Văn Sâm tổ chức buổi "
            "tuyên truyền cho hơn 1.200 học sinh toàn trường.",
            "nfd",
        ),
        P(
            "Tại buổi tuyên truyền, Thượng úy Phan Thanh Nhàn, Phó Trưởng Công an xã đã thông tin về "
            "tình hình tội phạm ma túy trên địa bàn tỉnh thời gian qua, đặc biệt là thủ đoạn lôi kéo "
            "học sinh sử dụng thuốc lá điện tử, “nước vui”, bánh kẹo có chứa chất ma túy.",
            "nfd",
        ),
        Img(
            f"{UP}/2026/10/tuyen-truyen-ma-tuy-1024x683.jpg",
            "Thượng úy Phan Thanh Nhàn tuyên truyền tại buổi lễ chào cờ",
            "Thượng úy Phan Thanh Nhàn tuyên truyền tại buổi lễ chào cờ",
            "cap:1248",
        ),
        P(
            "Các em học sinh đã được hướng dẫn cách nhận biết, phòng tránh và kỹ năng từ chối khi bị "
            "rủ rê, lôi kéo; đồng thời được phổ biến số điện thoại đường dây nóng để kịp thời báo "
            "tin khi phát hiện các dấu hiệu vi phạm.",
            "nfd",
        ),
        P(
            "Theo kế hoạch, từ nay đến hết năm học, Công an xã sẽ phối hợp với nhà trường tổ chức "
            "thêm 02 đợt tuyên truyền về an toàn giao thông và phòng, chống bạo lực học đường."
        ),
        _right("Theo Cổng thông tin điện tử xã Mỹ Thiện", "em"),
    ],
    source="Cổng thông tin điện tử xã Mỹ Thiện",
    opts={"wp": "2026-10-09 10:15", "mod": "2026-10-09 10:15", "cats": ["tin-tuc/tin-nha-truong"]},
)

A6 = Story(
    id=1398,
    slug="chung-ket-rung-chuong-vang-khoi-11",
    title="🎉 Chung kết Rung chuông vàng khối 11 năm học 2026 – 2027",
    cat="Hoạt động Đoàn",
    published_at="2026-11-27",
    blocks=[
        P(
            "🎉 Chiều 26/11, sân trường THPT Huỳnh Văn Sâm như nóng lên với trận Chung kết Rung "
            "chuông vàng khối 11 – sân chơi trí tuệ do Đoàn trường tổ chức chào mừng Ngày Nhà giáo "
            "Việt Nam 20/11.",
            "fbdiv",
        ),
        P(
            "100 “chiến binh” đến từ 11 chi đoàn khối 11 đã cùng nhau vượt qua 25 câu hỏi thuộc các "
            "lĩnh vực: Toán học, Văn học, Lịch sử, Địa lí, Khoa học tự nhiên và hiểu biết xã hội.",
            "fbdiv",
        ),
        P("Người giữ được chuông vàng: em Lê Ngọc Bảo Trân – lớp 11A2.", "fb:👉:1f449"),
        P("Giải Nhì: em Nguyễn Hoàng Phúc – lớp 11A1.", "fb:🏆:1f3c6"),
        P("Giải Ba: em Trần Thị Cẩm Tú – lớp 11A5.", "fb:🏆:1f3c6"),
        P(
            "Chúc mừng các bạn đã có một trận đấu thật tuyệt vời! Hẹn gặp lại ở Rung chuông vàng "
            "khối 10 vào tháng 3/2027 nhé! ❤️",
            "fbdiv",
        ),
        Raw(
            '<div dir="auto"><a href="https://www.facebook.com/hashtag/doantruonghvs?__eep__=6&amp;'
            '__tn__=*NK-R" target="_blank" rel="noopener">#DoanTruongHVS</a> '
            '<a href="https://www.facebook.com/hashtag/rungchuongvang?__eep__=6&amp;__tn__=*NK-R" '
            'target="_blank" rel="noopener">#RungChuongVang</a> '
            '<a href="https://www.facebook.com/hashtag/mungngay2011?__eep__=6&amp;__tn__=*NK-R" '
            'target="_blank" rel="noopener">#MungNgay2011</a></div>'
        ),
        Raw(
            "<style type='text/css'>#gallery-1 { margin: auto; } #gallery-1 .gallery-item { float: left; "
            "margin-top: 10px; text-align: center; width: 33%; } #gallery-1 img { border: 2px solid #cfcfcf; }"
            " #gallery-1 .gallery-caption { margin-left: 0; }</style>"
            "<div id='gallery-1' class='gallery galleryid-1398 gallery-columns-3 gallery-size-medium'>"
        ),
        Img(
            f"{UP}/2026/11/rcv-khoi-11-01-300x200.jpg",
            "Các thí sinh tranh tài tại sân trường",
            "Các thí sinh tranh tài tại sân trường",
            "gal:1399",
        ),
        Img(f"{UP}/2026/11/rcv-khoi-11-02-300x200.jpg", None, None, "gal:1400"),
        Img(
            f"{UP}/2026/11/rcv-khoi-11-03-300x200.jpg",
            "Em Lê Ngọc Bảo Trân giữ được chuông vàng",
            "Em Lê Ngọc Bảo Trân giữ được chuông vàng",
            "gal:1401",
        ),
        Raw("<br style='clear: both' /></div>"),
        _right("Tin: Trần Ngọc Bích – Ảnh: Ban Truyền thông Đoàn trường"),
    ],
    authors=["Trần Ngọc Bích"],
    photographers=["Ban Truyền thông Đoàn trường"],
    opts={
        "wp": "2026-11-27 20:05",
        "mod": "2026-11-28 09:41",
        "cats": ["tin-tuc/hoat-dong-doan"],
        "tags": ["doan-thanh-nien"],
        "comments": [
            (61, "Lê Ngọc Bảo Trân", "2026-11-27 21:30",
             "Em cảm ơn Đoàn trường và thầy cô đã tổ chức sân chơi thật bổ ích ạ 🥰"),
        ],
    },
)

A7 = Story(
    id=1309,
    slug="doan-truong-ra-quan-ngay-chu-nhat-xanh-lan-thu-iv",
    title="Đoàn trường ra quân “Ngày Chủ nhật xanh” lần thứ IV năm 2026",
    cat="Hoạt động Đoàn",
    published_at="2026-10-25",
    summary=(
        "Hưởng ứng Ngày Chủ nhật xanh lần thứ IV do Tỉnh Đoàn Đồng Tháp phát động, sáng ngày "
        "25/10/2026, Đoàn trường THPT Huỳnh Văn Sâm đã huy động hơn 300 đoàn viên ra quân dọn dẹp "
        "vệ sinh, trồng cây xanh tại khu vực trường và tuyến đường liên ấp Mỹ Lợi – Mỹ Phú."
    ),
    blocks=[
        P(
            "Hưởng ứng Ngày Chủ nhật xanh lần thứ IV do Tỉnh Đoàn Đồng Tháp phát động, sáng ngày "
            "25/10/2026, Đoàn trường THPT Huỳnh Văn Sâm đã huy động hơn 300 đoàn viên ra quân dọn "
            "dẹp vệ sinh, trồng cây xanh tại khu vực trường và tuyến đường liên ấp Mỹ Lợi – Mỹ Phú.",
            "b",
        ),
        Img(
            f"{UP}/2026/10/chu-nhat-xanh-01-1024x768.jpg",
            "Đoàn viên thu gom rác thải tại tuyến đường liên ấp",
            "Đoàn viên thu gom rác thải tại tuyến đường liên ấp",
            "cap:1310",
        ),
        P(
            "Các chi đoàn được phân công theo từng khu vực: khối 10 dọn dẹp khuôn viên trường, khối "
            "11 nạo vét mương thoát nước, khối 12 trồng và chăm sóc 150 cây sao, cây dầu dọc tuyến "
            "đường."
        ),
        P(
            "Kết quả, đoàn viên đã thu gom gần 2 tấn rác thải, phát quang 1,5 km đường giao thông "
            "nông thôn."
        ),
        P(
            "Đoàn trường đồng thời phát động cuộc thi ảnh “Góc xanh lớp em” kéo dài đến hết tháng "
            "11/2026.",
            "br",
        ),
        Img(
            f"{UP}/2026/10/chu-nhat-xanh-02-1024x768.jpg",
            "Trồng cây xanh dọc tuyến đường Mỹ Lợi – Mỹ Phú",
            "Trồng cây xanh dọc tuyến đường Mỹ Lợi – Mỹ Phú",
            "cap:1311",
        ),
        P(
            "Hoạt động góp phần giáo dục ý thức bảo vệ môi trường, xây dựng nếp sống văn minh cho "
            "đoàn viên, thanh niên và người dân địa phương."
        ),
        _right("BCH Đoàn trường"),
    ],
    authors=["BCH Đoàn trường"],
    opts={
        "wp": "2026-10-25 17:30",
        "mod": "2026-10-25 17:30",
        "cats": ["tin-tuc/hoat-dong-doan"],
        "tags": ["doan-thanh-nien"],
    },
)

A8 = Story(
    id=1420,
    slug="tuoi-tre-thpt-huynh-van-sam-huong-ung-ngay-hoi-hien-mau-giot-hong-yeu-thuong",
    title=(
        "Tuổi trẻ Trường THPT Huỳnh Văn Sâm hưởng ứng Ngày hội hiến máu tình nguyện "
        "“Giọt hồng yêu thương”"
    ),
    cat="Tin nhà trường",
    published_at="2026-12-02",
    summary=(
        "Sáng ngày 01/12/2026, Đoàn trường THPT Huỳnh Văn Sâm phối hợp với Hội Chữ thập đỏ xã Mỹ "
        "Thiện và Bệnh viện Đa khoa khu vực Cai Lậy tổ chức Ngày hội hiến máu tình nguyện “Giọt "
        "hồng yêu thương” năm 2026."
    ),
    blocks=[
        P(
            "Sáng ngày 01/12/2026, Đoàn trường THPT Huỳnh Văn Sâm phối hợp với Hội Chữ thập đỏ xã Mỹ "
            "Thiện và Bệnh viện Đa khoa khu vực Cai Lậy tổ chức Ngày hội hiến máu tình nguyện “Giọt "
            "hồng yêu thương” năm 2026.",
            "b",
        ),
        P(
            "Ngày hội thu hút 168 lượt cán bộ, giáo viên và học sinh đủ 18 tuổi đăng ký tham gia. "
            "Sau khi khám sàng lọc, Ban tổ chức đã tiếp nhận 142 đơn vị máu, vượt 20% so với chỉ "
            "tiêu được giao."
        ),
        Img(
            f"{UP}/2026/12/hien-mau-2026-01-1024x683.jpg",
            "Đoàn viên đăng ký, khám sàng lọc trước khi hiến máu",
            "Đoàn viên đăng ký, khám sàng lọc trước khi hiến máu",
            "cap:1421",
        ),
        P(
            "Nhiều học sinh lần đầu tham gia hiến máu như em Nguyễn Thị Kim Thoa (lớp 12A4) chia sẻ: "
            "“Lúc đầu em cũng hơi sợ, nhưng nghĩ đến những người bệnh đang cần máu, em thấy mình đã "
            "làm được một việc có ý nghĩa”."
        ),
        Img(
            f"{UP}/2026/12/hien-mau-2026-02-1024x683.jpg",
            "(Thầy Nguyễn Văn Thắng, Hiệu trưởng nhà trường tặng quà động viên các tình nguyện viên)",
            "Thầy Nguyễn Văn Thắng, Hiệu trưởng nhà trường tặng quà động viên các tình nguyện viên",
            "cap:1422",
        ),
        P("Dịp này, nhà trường tặng giấy khen cho 05 cá nhân đã hiến máu từ 3 lần trở lên."),
        _right("Tin, ảnh: Võ Thanh Tâm"),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="{B}/?p=1309">Đoàn trường ra quân &#8220;Ngày Chủ '
            'nhật xanh&#8221; lần thứ IV năm 2026</a></p>'
        ),
    ],
    authors=["Võ Thanh Tâm"],
    photographers=["Võ Thanh Tâm"],
    opts={
        "wp": "2026-12-02 11:45",
        "mod": "2026-12-02 11:45",
        # Yoast primary category first; WordPress lists them by name in the post meta
        "cats": ["tin-tuc/tin-nha-truong", "tin-tuc/hoat-dong-doan"],
        "tags": ["doan-thanh-nien"],
    },
)

A9 = Story(
    id=1357,
    slug="chuyen-de-day-hoc-lich-su-dia-phuong-theo-dinh-huong-phat-trien-nang-luc",
    title="Chuyên đề: Dạy học lịch sử địa phương theo định hướng phát triển năng lực học sinh",
    cat="Chuyên môn",
    published_at="2026-11-13",
    blocks=[
        P(
            "Ngày 12/11/2026, Tổ Sử – Địa – GDKT&PL đã tổ chức sinh hoạt chuyên đề “Dạy học lịch sử "
            "địa phương theo định hướng phát triển năng lực học sinh” với sự tham dự của Ban Giám "
            "hiệu và 28 giáo viên các môn khoa học xã hội.",
            "ms",
        ),
        Img(
            f"{UP}/2026/11/chuyen-de-lich-su-1024x683.jpg",
            "Cô Phạm Thị Ngọc Diễm báo cáo chuyên đề",
            "Cô Phạm Thị Ngọc Diễm báo cáo chuyên đề",
            "mscap",
        ),
        P("1. Sự cần thiết của chuyên đề", "msh"),
        P(
            "Chương trình giáo dục phổ thông 2018 dành thời lượng nhất định cho nội dung giáo dục "
            "địa phương, trong đó lịch sử địa phương giữ vai trò quan trọng trong việc bồi dưỡng "
            "tình yêu quê hương, đất nước cho học sinh.[1] Tuy nhiên, thực tế giảng dạy cho thấy học "
            "sinh còn ít hứng thú với các tiết học này do tài liệu khô khan, thiếu hình ảnh minh họa.",
            "ms",
        ),
        P("2. Một số biện pháp đã triển khai", "msh"),
        P(
            "Tổ chức cho học sinh tham quan, học tập tại Khu di tích Gò Tháp và Đền thờ Thiên Hộ "
            "Dương;",
            "mso",
        ),
        P("Giao dự án học tập “Tìm hiểu nhân vật lịch sử quê em” theo nhóm;", "mso"),
        P(
            "Khai thác tư liệu gốc, hình ảnh, bản đồ trong sách “Lịch sử Đảng bộ tỉnh Đồng Tháp”.[2]",
            "mso",
        ),
        P(
            "Qua một năm áp dụng, kết quả khảo sát cho thấy 87% học sinh yêu thích các tiết học lịch "
            "sử địa phương, tăng 31% so với năm học trước.",
            "ms",
        ),
        Raw(
            '<p class="MsoNormal" align="right" style="text-align:right;line-height:150%"><b>'
            '<span style="font-size:13.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,'
            'serif">ThS. Phạm Thị Ngọc Diễm – Tổ trưởng Tổ Sử – Địa – GDKT&amp;PL<o:p></o:p></span>'
            "</b></p>"
            '<div style="mso-element:footnote-list"><!--[if !supportFootnotes]--><br clear="all" />'
            '<hr align="left" size="1" width="33%" /><!--[endif]-->'
        ),
        P(
            "[1] Bộ Giáo dục và Đào tạo (2018), Chương trình giáo dục phổ thông – Chương trình tổng "
            "thể, ban hành kèm theo Thông tư số 32/2018/TT-BGDĐT.",
            "note",
        ),
        P(
            "[2] Ban Chấp hành Đảng bộ tỉnh Đồng Tháp (2020), Lịch sử Đảng bộ tỉnh Đồng Tháp "
            "(1927 – 2020), Nxb Chính trị quốc gia Sự thật.",
            "note",
        ),
        Raw("</div>"),
    ],
    authors=["Phạm Thị Ngọc Diễm"],
    opts={"wp": "2026-11-13 07:50", "mod": "2026-11-14 10:20", "cats": ["chuyen-mon"]},
)

# A Page Builder post: three rows of SiteOrigin panels; {B} is the site's base URL
_A10_SAPO = (
    "Từ ngày 02 đến 14/11/2026, Trường THPT Huỳnh Văn Sâm tổ chức Hội giảng chào mừng 44 năm "
    "Ngày Nhà giáo Việt Nam với 32 tiết dạy của giáo viên thuộc 7 tổ chuyên môn."
)


def _panel_open(pid: int, row: int, cell: int, idx: int, widget: str, pos: str, data_index: int) -> str:
    return (
        f'<div id="panel-{pid}-{row}-{cell}-{idx}" class="so-panel widget widget_{widget} {pos}" '
        f'data-index="{data_index}">'
    )


A10 = Story(
    id=1376,
    slug="hoi-giang-chao-mung-ngay-nha-giao-viet-nam-28-tiet-day-xep-loai-tot",
    title="Hội giảng chào mừng Ngày Nhà giáo Việt Nam: 28 tiết dạy được xếp loại tốt",
    cat="Chuyên môn",
    published_at="2026-11-17",
    summary=_A10_SAPO,
    blocks=[
        Raw(
            '<div id="pl-1376" class="panel-layout"><div id="pg-1376-0" class="panel-grid '
            'panel-no-style"><div id="pgc-1376-0-0" class="panel-grid-cell">'
            + _panel_open(1376, 0, 0, 0, "sow-editor", "panel-first-child panel-last-child", 0)
            + '<div class="so-widget-sow-editor so-widget-sow-editor-base">'
            '<div class="siteorigin-widget-tinymce textwidget">'
        ),
        P(_A10_SAPO, "b"),
        P(
            "Các tiết dạy được thiết kế theo hướng phát triển phẩm chất, năng lực người học; nhiều "
            "giáo viên ứng dụng hiệu quả công nghệ thông tin, trí tuệ nhân tạo và các phần mềm tương "
            "tác như Quizizz, Padlet, Canva trong tổ chức hoạt động học."
        ),
        P(
            "Ban Giám khảo gồm Ban Giám hiệu và các tổ trưởng chuyên môn đã dự giờ, đánh giá theo "
            "Công văn 5512/BGDĐT-GDTrH."
        ),
        Raw(
            "</div></div></div></div>"
            '<div id="pgc-1376-0-1" class="panel-grid-cell">'
            + _panel_open(1376, 0, 1, 0, "sow-image", "panel-first-child panel-last-child", 1)
        ),
        Img(
            f"{UP}/2026/11/hoi-giang-2026-01-800x600.jpg",
            "Cô Huỳnh Thị Mỹ Linh trong tiết dạy Ngữ văn lớp 12A3",
            "Cô Huỳnh Thị Mỹ Linh trong tiết dạy Ngữ văn lớp 12A3",
            "sow",
        ),
        Raw(
            "</div></div></div>"
            '<div id="pg-1376-1" class="panel-grid panel-has-style"><div class="panel-row-style '
            'panel-row-style-for-1376-1"><div id="pgc-1376-1-0" class="panel-grid-cell">'
            + _panel_open(1376, 1, 0, 0, "sow-editor", "panel-first-child", 2)
            + '<div class="so-widget-sow-editor so-widget-sow-editor-base">'
        ),
        P("Kết quả xếp loại", "sowtitle"),
        Raw('<div class="siteorigin-widget-tinymce textwidget">'),
        P("Kết quả, có 28 tiết dạy xếp loại Tốt, 4 tiết xếp loại Khá. Một số tiết dạy tiêu biểu:"),
        Raw('<table style="width: 100%;" border="1"><tbody>'),
        P("Giáo viên | Môn | Lớp", "tr"),
        P("Huỳnh Thị Mỹ Linh | Ngữ văn | 12A3", "tr"),
        P("Đặng Minh Khôi | Hóa học | 11A1", "tr"),
        P("Trương Ngọc Hân | Tiếng Anh | 10A5", "tr"),
        Raw(
            "</tbody></table></div></div></div>"
            + _panel_open(1376, 1, 0, 1, "sow-image-grid", "panel-last-child", 3)
            + '<div class="so-widget-sow-image-grid so-widget-sow-image-grid-default-f1d2d2f924e9">'
            '<div class="sow-image-grid-wrapper" data-max-width="300" data-max-height="220">'
        ),
        Img(
            f"{UP}/2026/11/hoi-giang-2026-02-300x220.jpg",
            None,
            None,
            "grid|Tiết dạy Hóa học của thầy Đặng Minh Khôi",
        ),
        Img(
            f"{UP}/2026/11/hoi-giang-2026-03-300x220.jpg",
            None,
            None,
            "grid|Tiết dạy Tiếng Anh của cô Trương Ngọc Hân",
        ),
        Img(
            f"{UP}/2026/11/hoi-giang-2026-04-300x220.jpg",
            None,
            None,
            "grid|Học sinh lớp 10A5 thảo luận nhóm",
        ),
        Raw(
            "</div></div></div></div></div></div>"
            '<div id="pg-1376-2" class="panel-grid panel-no-style"><div id="pgc-1376-2-0" '
            'class="panel-grid-cell">'
            + _panel_open(1376, 2, 0, 0, "sow-editor", "panel-first-child", 4)
            + '<div class="so-widget-sow-editor so-widget-sow-editor-base">'
            '<div class="siteorigin-widget-tinymce textwidget">'
        ),
        P(
            "Hội giảng là dịp để giáo viên học hỏi, trao đổi kinh nghiệm, nâng cao chất lượng dạy "
            "học đáp ứng yêu cầu Chương trình giáo dục phổ thông 2018."
        ),
        _right("Lê Thị Kim Ngân"),
        Raw(
            "</div></div></div>"
            + _panel_open(1376, 2, 0, 1, "sow-button", "", 5)
            + '<div class="so-widget-sow-button so-widget-sow-button-flat-4a1b0c7e2bb5">'
            '<div class="ow-button-base ow-button-align-center"><a href="{B}/wp-content/uploads/2026/11/'
            'KH-hoi-giang-2026.pdf" class="ow-icon-placement-left ow-button-hover" target="_blank" '
            'rel="noopener noreferrer"><span><span class="sow-icon-fontawesome sow-fas" '
            'data-sow-icon="&#xf019;" aria-hidden="true"></span>Tải kế hoạch Hội giảng</span></a>'
            "</div></div></div>"
            + _panel_open(1376, 2, 0, 2, "sydney_latest_news", "panel-last-child", 6)
            + "{LATEST:chuyen-mon:1376}"
            + "</div></div></div></div>"
        ),
    ],
    authors=["Lê Thị Kim Ngân"],
    opts={
        "wp": "2026-11-17 15:20",
        "mod": "2026-11-18 08:00",
        "cats": ["chuyen-mon"],
        "tags": ["20-11"],
        "panels": True,
    },
)

A11 = Story(
    id=1302,
    slug="mot-so-kinh-nghiem-on-thi-tot-nghiep-thpt-mon-toan",
    title="Một số kinh nghiệm ôn thi tốt nghiệp THPT môn Toán theo định dạng đề thi mới",
    cat="Chuyên môn",
    published_at="2026-10-21",
    blocks=[
        P(
            "Từ năm 2025, đề thi tốt nghiệp THPT môn Toán có cấu trúc gồm ba phần: câu trắc nghiệm "
            "nhiều phương án lựa chọn, câu trắc nghiệm đúng sai và câu trả lời ngắn. Sự thay đổi này "
            "đòi hỏi giáo viên và học sinh phải điều chỉnh cách ôn tập cho phù hợp.",
            "j",
        ),
        P("1. Nắm chắc kiến thức cơ bản", "h3"),
        P(
            "Phần lớn câu hỏi ở mức độ biết, hiểu tập trung vào các chủ đề: hàm số, mũ – lôgarit, "
            "nguyên hàm – tích phân, hình học tọa độ Oxyz và xác suất. Học sinh cần ôn kỹ lý thuyết, "
            "công thức và các dạng bài cơ bản trước khi luyện đề.",
            "j",
        ),
        P("2. Luyện kỹ năng làm câu đúng sai", "h3"),
        P(
            "Với mỗi câu hỏi đúng sai gồm 4 ý, học sinh chỉ đạt điểm tối đa khi trả lời đúng cả 4 "
            "ý. Vì vậy, giáo viên cần rèn cho học sinh thói quen đọc kỹ từng mệnh đề, tránh suy luận "
            "vội vàng.",
            "j",
        ),
        P("3. Phân bổ thời gian hợp lý", "h3"),
        Raw("<ul>"),
        P("Phần I (12 câu): khoảng 25 phút;", "li"),
        P("Phần II (4 câu): khoảng 30 phút;", "li"),
        P("Phần III (6 câu): khoảng 30 phút, dành 5 phút kiểm tra lại bài.", "li"),
        Raw("</ul>"),
        P(
            "Hy vọng những kinh nghiệm trên sẽ giúp các em học sinh khối 12 tự tin bước vào kỳ thi "
            "sắp tới.",
            "j",
        ),
        Raw(
            '<p><strong>Xem thêm:</strong> <a href="https://moet.gov.vn/tintuc/Pages/tin-hoat-dong-'
            'cua-bo.aspx?ItemID=10937" target="_blank" rel="noopener">Cấu trúc định dạng đề thi tốt '
            "nghiệp THPT từ năm 2025</a></p>"
            '<p>File đính kèm: <a href="{B}/wp-content/uploads/2026/10/De-on-tap-Toan-12-so-1.pdf">'
            "De-on-tap-Toan-12-so-1.pdf</a> (412 KB)</p>"
        ),
        _right("Thầy Nguyễn Quốc Việt – Tổ trưởng Tổ Toán – Tin"),
    ],
    authors=["Nguyễn Quốc Việt"],
    opts={
        "wp": "2026-10-21 20:40",
        "mod": "2026-10-22 06:15",
        "cats": ["chuyen-mon"],
        "thumb": f"{UP}/2026/10/on-thi-toan-12-830x460.jpg",
        "desc": "Một số kinh nghiệm giúp học sinh khối 12 ôn thi tốt nghiệp THPT môn Toán hiệu quả.",
    },
)

A12 = Story(
    id=1425,
    slug="thong-bao-ve-viec-to-chuc-hoi-thi-giao-vien-chu-nhiem-lop-gioi-cap-truong",
    title=(
        "Thông báo về việc tổ chức Hội thi Giáo viên chủ nhiệm lớp giỏi cấp trường năm học "
        "2026 – 2027"
    ),
    cat="Thông báo",
    published_at="2026-11-30",
    blocks=[
        Raw(
            '<table style="width: 100%; border-collapse: collapse; border-style: none;" border="0">'
            '<tbody><tr><td style="width: 42%; text-align: center; vertical-align: top;">SỞ GD&amp;ĐT '
            "ĐỒNG THÁP<br /><strong>TRƯỜNG THPT HUỲNH VĂN SÂM</strong><br />"
            "<span style=\"font-size: 10pt;\">———</span><br />Số: 187/TB-THPTHVS</td>"
            '<td style="width: 58%; text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI '
            "CHỦ NGHĨA VIỆT NAM</strong><br /><strong><u>Độc lập – Tự do – Hạnh phúc</u></strong>"
            "<br /><br /><em>Mỹ Thiện, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>"
            '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br /><strong>Về việc tổ chức '
            "Hội thi Giáo viên chủ nhiệm lớp giỏi cấp trường</strong><br /><strong>năm học "
            "2026 – 2027</strong></p>"
        ),
        P(
            "Căn cứ Kế hoạch số 145/KH-THPTHVS ngày 10/9/2026 của Trường THPT Huỳnh Văn Sâm về thực "
            "hiện nhiệm vụ năm học 2026 – 2027;",
            "i",
        ),
        P(
            "Nhà trường thông báo tổ chức Hội thi Giáo viên chủ nhiệm lớp giỏi cấp trường năm học "
            "2026 – 2027 như sau:",
            "j",
        ),
        P("1. Đối tượng tham gia", "bj"),
        P(
            "Giáo viên đang làm công tác chủ nhiệm lớp năm học 2026 – 2027, có ít nhất 02 năm làm "
            "công tác chủ nhiệm; mỗi khối đăng ký tối thiểu 02 giáo viên.",
            "j",
        ),
        P("2. Thời gian, hình thức", "bj"),
        P(
            "- Vòng 1 (từ ngày 07/12 đến 11/12/2026): nộp và trình bày báo cáo biện pháp giáo dục "
            "học sinh.",
            "j",
        ),
        P("- Vòng 2 (ngày 19/12/2026): xử lý tình huống sư phạm và tổ chức tiết sinh hoạt lớp.", "j"),
        P("3. Hồ sơ đăng ký", "bj"),
        P(
            "Giáo viên nộp phiếu đăng ký về Phòng Giáo vụ (cô Trần Thị Ngọc Hà) trước 16 giờ 00 "
            "ngày 05/12/2026.",
            "j",
        ),
        P(
            "Nhận được thông báo này, đề nghị các tổ chuyên môn và giáo viên chủ nhiệm triển khai "
            "thực hiện nghiêm túc./.",
            "j",
        ),
        Raw(
            '<table style="width: 100%; border-collapse: collapse; border-style: none;" border="0">'
            '<tbody><tr><td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em>'
            "</strong><br />- Các tổ chuyên môn;<br />- GVCN các lớp;<br />- Website trường;<br />"
            '- Lưu: VT.</td><td style="width: 50%; text-align: center; vertical-align: top;">'
            "<strong>HIỆU TRƯỞNG</strong><br /><br /><em>(Đã ký)</em><br /><br /><strong>Nguyễn Văn "
            "Thắng</strong></td></tr></tbody></table>"
        ),
    ],
    authors=["Nguyễn Văn Thắng"],
    opts={
        "wp": "2026-12-01 08:05",
        "mod": "2026-12-01 08:05",
        "cats": ["thong-bao"],
        "thumb": f"{UP}/2024/08/thong-bao-830x460.png",
    },
)

A13 = Story(
    id=1431,
    slug="lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    title="Lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
    cat="Thông báo",
    published_at="2026-12-04",
    blocks=[
        P(
            "Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027 đối với học sinh "
            "các khối 10, 11, 12 như sau:"
        ),
        Raw('<table style="border-collapse: collapse; width: 100%;" border="1"><tbody>'),
        P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "trh"),
        P("15/12/2026 | Sáng | Ngữ văn | 90 phút", "tr"),
        P("16/12/2026 | Sáng | Toán | 90 phút", "tr"),
        P("17/12/2026 | Sáng | Tiếng Anh | 60 phút", "tr"),
        P("18/12/2026 | Sáng | Các môn lựa chọn | 45 phút", "tr"),
        _TABLE_END,
        P(
            "Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh và "
            "dụng cụ học tập cần thiết. Học sinh vắng kiểm tra phải có đơn xin phép của cha mẹ học "
            "sinh gửi giáo viên chủ nhiệm."
        ),
        P("Giáo viên chủ nhiệm thông báo đến học sinh và cha mẹ học sinh của lớp mình phụ trách."),
        Raw(
            '<p><a href="{B}/wp-content/uploads/2026/12/Lich-kiem-tra-HKI-2026-2027.pdf">'
            '<img class="alignnone" src="{B}/wp-includes/images/media/document.png" alt="" '
            'width="16" height="20" /> Tải về: Lịch kiểm tra HKI 2026-2027 (PDF)</a></p>'
        ),
        _right("BBT"),
    ],
    opts={
        "wp": "2026-12-04 15:10",
        "mod": "2026-12-05 07:30",
        "cats": ["thong-bao"],
        "thumb": f"{UP}/2024/08/thong-bao-830x460.png",
    },
)

# --- posts that are not articles ----------------------------------------------------------------

DOC = Story(
    id=1340,
    slug="quyet-dinh-172-qd-thpthvs-ban-hanh-quy-che-thuc-hien-dan-chu",
    title="Quyết định số 172/QĐ-THPTHVS ban hành Quy chế thực hiện dân chủ trong hoạt động của nhà trường",
    cat="Văn bản",
    published_at=None,
    blocks=[
        Raw(
            '<table class="vb-info" style="width: 100%; border-collapse: collapse;" border="1"><tbody>'
            '<tr><td style="width: 28%;"><strong>Số/Ký hiệu</strong></td><td>172/QĐ-THPTHVS</td></tr>'
            "<tr><td><strong>Ngày ban hành</strong></td><td>09/11/2026</td></tr>"
            "<tr><td><strong>Loại văn bản</strong></td><td>Quyết định</td></tr>"
            "<tr><td><strong>Trích yếu</strong></td><td>Ban hành Quy chế thực hiện dân chủ trong "
            "hoạt động của Trường THPT Huỳnh Văn Sâm</td></tr>"
            "<tr><td><strong>Người ký</strong></td><td>Nguyễn Văn Thắng</td></tr>"
            '<tr><td><strong>Tệp đính kèm</strong></td><td><a href="{B}/wp-content/uploads/2026/11/'
            '172-QD-quy-che-dan-chu.pdf">172-QD-quy-che-dan-chu.pdf</a></td></tr></tbody></table>'
            '<iframe class="pdfjs-iframe" src="{B}/wp-content/plugins/pdfjs-viewer-shortcode/pdfjs/web/'
            "viewer.php?file={B}/wp-content/uploads/2026/11/172-QD-quy-che-dan-chu.pdf&amp;"
            'download=true&amp;print=true" width="100%" height="800px"></iframe>'
        )
    ],
    opts={
        "wp": "2026-11-10 09:00",
        "mod": "2026-11-10 09:00",
        "cats": ["van-ban"],
        "kind": "doc",
        "thumb": f"{UP}/2024/08/van-ban-830x460.png",
    },
)

ALB = Story(
    id=1416,
    slug="album-anh-le-ky-niem-ngay-nha-giao-viet-nam-20-11-2026",
    title="Album ảnh: Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026",
    cat="Thư viện ảnh",
    published_at=None,
    blocks=[
        Raw(
            '<p>Một số hình ảnh tại Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam. Xem bài viết: '
            '<a href="{B}/?p=1412">Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 &#8211; '
            "20/11/2026</a></p>"
            "<div id='gallery-2' class='gallery galleryid-1416 gallery-columns-4 gallery-size-thumbnail'>"
            + "".join(
                f"<figure class='gallery-item'><div class='gallery-icon landscape'><a href='{{B}}{UP}/"
                f"2026/11/album-20-11-{n:02d}.jpg'><img width=\"150\" height=\"150\" src=\"{{B}}{UP}/"
                f"2026/11/album-20-11-{n:02d}-150x150.jpg\" class=\"attachment-thumbnail "
                f"size-thumbnail\" alt=\"\" loading=\"lazy\" /></a></div></figure>"
                for n in range(1, 9)
            )
            + "</div>"
        )
    ],
    opts={
        "wp": "2026-11-22 10:00",
        "mod": "2026-11-22 10:00",
        "cats": ["thu-vien-anh"],
        "tags": ["20-11"],
        "kind": "album",
        "thumb": f"{UP}/2026/11/album-20-11-01-830x460.jpg",
    },
)

VID = Story(
    id=1404,
    slug="video-tiet-muc-mua-hon-viet-chao-mung-20-11",
    title="Video: Tiết mục múa “Hồn Việt” chào mừng Ngày Nhà giáo Việt Nam",
    cat="Video",
    published_at=None,
    blocks=[
        Raw(
            '<figure class="wp-block-embed is-type-video is-provider-youtube wp-block-embed-youtube '
            'wp-embed-aspect-16-9 wp-has-aspect-ratio"><div class="wp-block-embed__wrapper">'
            '<iframe loading="lazy" title="Múa Hồn Việt - THPT Huỳnh Văn Sâm" width="830" height="467" '
            'src="https://www.youtube.com/embed/Qx7rT2mVh9c?feature=oembed" frameborder="0" allow="'
            'accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture" '
            "allowfullscreen></iframe></div></figure>"
            "<p>Tiết mục múa “Hồn Việt” do tập thể lớp 11A3 biểu diễn.</p>"
        )
    ],
    opts={
        "wp": "2026-11-21 19:00",
        "mod": "2026-11-21 19:00",
        "cats": ["video"],
        "kind": "video",
        "thumb": f"{UP}/2026/11/video-hon-viet-830x460.jpg",
    },
)

ARTICLES = [A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13]
POSTS = sorted([*ARTICLES, DOC, ALB, VID], key=lambda s: s.opts["wp"], reverse=True)
BY_ID = {s.id: s for s in POSTS}
BY_SLUG = {s.slug: s for s in POSTS}


# --- article markup --------------------------------------------------------------------------

_SPAN13 = '<span style="font-size:13.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif">'


def _fnref(match: re.Match) -> str:
    n = match.group(1)
    return (
        f'<a style="mso-footnote-id:ftn{n}" href="#_ftn{n}" name="_ftnref{n}" title="">'
        '<span class="MsoFootnoteReference"><span style="mso-special-character:footnote">'
        '<!--[if !supportFootnotes]--><span class="MsoFootnoteReference" style="font-size:13.0pt;'
        f'line-height:150%;font-family:&quot;Times New Roman&quot;,serif">[{n}]</span>'
        "<!--[endif]--></span></span></a>"
    )


def _word(value: str) -> str:
    return re.sub(r"\[(\d+)\]", _fnref, wpt(value))


def _srcset(b: str, src: str) -> str:
    return (
        f'srcset="{b}{src} 1024w, {b}{sized(src, "-300x200")} 300w, {b}{sized(src, "-768x512")} 768w" '
        'sizes="(max-width: 1024px) 100vw, 1024px"'
    )


def render_p(p: P, b: str) -> str:
    t = wpt(p.text)
    style = p.style
    if style == "":
        return f"<p>{t}</p>"
    if style == "b":
        return f"<p><strong>{t}</strong></p>"
    if style == "bj":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if style == "j":
        return f'<p style="text-align: justify;">{t}</p>'
    if style == "i":
        return f'<p style="text-align: justify;"><em>{t}</em></p>'
    if style in ("h3", "h4"):
        return f"<{style}>{t}</{style}>"
    if style == "li":
        return f"<li>{t}</li>"
    if style == "quote":
        return f"<blockquote><p><em>{t}</em></p></blockquote>"
    if style == "nfd":
        return f'<p style="text-align: justify;">{wpt(p.text, nfd=True)}</p>'
    if style in ("tr", "trh"):
        cells = [wpt(c) for c in p.text.split(" | ")]
        if style == "trh":
            cells = [f"<strong>{c}</strong>" for c in cells]
        return "<tr>" + "".join(f'<td style="text-align: center;">{c}</td>' for c in cells) + "</tr>"
    if style == "mstr":
        tds = "".join(
            '<td width="208" valign="top" style="width:155.8pt;border:solid windowtext 1.0pt;'
            'padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal" align="center" style="text-align:center;'
            f'line-height:150%">{_SPAN13}{wpt(c)}<o:p></o:p></span></p></td>'
            for c in p.text.split(" | ")
        )
        return f'<tr style="mso-yfti-irow:0">{tds}</tr>'
    if style == "ms":
        return (
            '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:150%">'
            f"{_SPAN13}{_word(p.text)}<o:p></o:p></span></p>"
        )
    if style == "msh":
        return (
            '<p class="MsoNormal" style="text-align:justify;line-height:150%"><b>'
            f"{_SPAN13}{t}<o:p></o:p></span></b></p>"
        )
    if style == "mso":
        return (
            '<p class="MsoListParagraphCxSpMiddle" style="margin-left:36.0pt;mso-add-space:auto;'
            'text-align:justify;text-indent:-18.0pt;line-height:150%;mso-list:l0 level1 lfo1">'
            "<!--[if !supportLists]-->"
            '<span style="font-size:13.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,'
            'serif;mso-fareast-font-family:&quot;Times New Roman&quot;"><span style="mso-list:Ignore">-'
            '<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;'
            "&nbsp;&nbsp; </span></span></span><!--[endif]-->"
            f"{_SPAN13}{_word(p.text)}<o:p></o:p></span></p>"
        )
    if style == "note":
        m = re.match(r"\[(\d+)\] (.*)", p.text, re.S)
        assert m, p.text
        n, rest = m.group(1), m.group(2)
        return (
            f'<div id="ftn{n}" style="mso-element:footnote"><p class="MsoFootnoteText">'
            f'<a style="mso-footnote-id:ftn{n}" href="#_ftnref{n}" name="_ftn{n}" title="">'
            '<span class="MsoFootnoteReference"><span style="mso-special-character:footnote">'
            '<!--[if !supportFootnotes]--><span class="MsoFootnoteReference" style="font-size:10.0pt;'
            f'font-family:&quot;Times New Roman&quot;,serif">[{n}]</span><!--[endif]--></span></span>'
            f'</a> <span style="font-family:&quot;Times New Roman&quot;,serif">{wpt(rest)}</span></p></div>'
        )
    if style == "fbdiv":
        return f'<div dir="auto">{t}</div>'
    if style.startswith("fb:"):
        _, emoji, code = style.split(":")
        return (
            '<div dir="auto"><span class="x3nfvp2 x1j61x8r x1fcty0u xdj266r xhhsvwb xat24cr xgzva0m '
            f'xxymvpz xlup9mm x1kky2od"><img height="16" width="16" alt="{emoji}" '
            'referrerpolicy="origin-when-cross-origin" src="https://static.xx.fbcdn.net/images/emoji.php'
            f'/v9/t{len(code)}/1/16/{code}.png" /></span> {t}</div>'
        )
    if style == "sowtitle":
        return f'<h3 class="widget-title">{t}</h3>'
    raise ValueError(style)


def render_img(img: Img, b: str) -> str:
    src, printed = img.src, img.printed
    kind, _, arg = img.style.partition(":")
    if img.style.startswith("grid|"):
        title = esc(img.style.split("|", 1)[1])
        return (
            f'<div class="sow-image-grid-image"><a href="{b}{sized(src, None)}" target="_blank" '
            f'rel="noopener noreferrer"><img src="{b}{src}" width="300" height="220" title="{title}" '
            f'alt="{title}" loading="lazy" class="sow-image-grid-image_html" /></a></div>'
        )
    if kind == "cap":
        tag = (
            f'<img loading="lazy" class="size-large wp-image-{arg}" src="{b}{src}" alt="" width="1024" '
            f'height="683" {_srcset(b, src)} />'
        )
        if printed is None:
            return f"<p>{tag}</p>"
        return (
            f'<figure id="attachment_{arg}" aria-describedby="caption-attachment-{arg}" style="width: '
            f'1024px" class="wp-caption aligncenter">{tag}<figcaption id="caption-attachment-{arg}" '
            f'class="wp-caption-text">{wpt(printed)}</figcaption></figure>'
        )
    if kind == "gb":
        cap = f"<figcaption>{wpt(printed)}</figcaption>" if printed else ""
        return (
            f'<figure class="wp-block-image size-large"><img loading="lazy" width="1024" height="683" '
            f'src="{b}{src}" alt="" class="wp-image-{arg}" {_srcset(b, src)} />{cap}</figure>'
        )
    if kind == "plain":
        out = (
            f'<p style="text-align: center;"><img loading="lazy" class="aligncenter wp-image-{arg} '
            f'size-large" src="{b}{src}" alt="" width="1024" height="683" {_srcset(b, src)} /></p>'
        )
        if printed:
            out += f'<p style="text-align: center;"><em>{wpt(printed)}</em></p>'
        return out
    if kind in ("ms", "mscap"):
        out = (
            '<p class="MsoNormal" align="center" style="text-align:center"><span style="font-size:13.0pt;'
            f'font-family:&quot;Times New Roman&quot;,serif"><img src="{b}{src}" width="602" height="401" '
            'border="0" /></span></p>'
        )
        if printed:
            out += (
                '<p class="MsoNormal" align="center" style="text-align:center"><i><span style="font-size:'
                f'12.0pt;font-family:&quot;Times New Roman&quot;,serif">{wpt(printed)}<o:p></o:p></span></i></p>'
            )
        return out
    if kind == "gal":
        dd = (
            f"<dd class='wp-caption-text gallery-caption' id='gallery-1-{arg}'>{wpt(printed)}</dd>"
            if printed
            else ""
        )
        described = f' aria-describedby="gallery-1-{arg}"' if printed else ""
        return (
            f"<dl class='gallery-item'><dt class='gallery-icon landscape'><a href='{b}{sized(src, None)}'>"
            f'<img width="300" height="200" src="{b}{src}" class="attachment-medium size-medium" alt="" '
            f'loading="lazy"{described} /></a></dt>{dd}</dl>'
        )
    if kind == "sow":
        return (
            '<div class="so-widget-sow-image so-widget-sow-image-default-8b5b6f678277">'
            f'<div class="sow-image-container"><img src="{b}{src}" width="800" height="600" '
            f'srcset="{b}{src} 800w, {b}{sized(src, "-300x225")} 300w" sizes="(max-width: 800px) 100vw, '
            f'800px" title="{esc(printed or "")}" alt="" decoding="async" class="so-widget-image" /></div>'
            f'<h3 class="widget-title">{wpt(printed or "")}</h3></div>'
        )
    raise ValueError(img.style)


def render_blocks(story: Story, b: str, latest) -> str:
    out: list[str] = []
    for block in story.blocks:
        if isinstance(block, Raw):
            chunk = block.html.replace("{B}", b)
            chunk = re.sub(r"\{LATEST:([\w/-]+):(\d+)\}", lambda m: latest(m.group(1), int(m.group(2))), chunk)
            out.append(chunk)
        elif isinstance(block, P):
            if block.style == "br":
                assert out[-1].endswith("</p>")
                out[-1] = out[-1][: -len("</p>")] + "<br />\n" + wpt(block.text) + "</p>"
            else:
                out.append(render_p(block, b))
        else:
            out.append(render_img(block, b))
    # WordPress galleries break the float after every three items
    content = "\n".join(out)
    return content


def excerpt(story: Story, words: int = 36) -> str:
    texts = [bl.text for bl in story.blocks if isinstance(bl, P)]
    if not texts:
        raw = " ".join(re.sub(r"<[^>]+>", " ", bl.html) for bl in story.blocks if isinstance(bl, Raw))
        texts = [_html.unescape(raw.replace("{B}", ""))]
    flat = " ".join(" ".join(texts).split()).split(" ")
    short = " ".join(flat[:words])
    return wpt(short) + (" [&hellip;]" if len(flat) > words else "")


def thumb(story: Story, size: str = "-830x460") -> str:
    if "thumb" in story.opts:
        return sized(story.opts["thumb"], size)
    first = story.images[0].src
    return sized(first, size)


# --- chrome ------------------------------------------------------------------------------------

_SVG_CAL = (
    '<i class="sydney-svg-icon"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 448 512">'
    '<path d="M148 288h-40c-6.6 0-12-5.4-12-12v-40c0-6.6 5.4-12 12-12h40c6.6 0 12 5.4 12 12v40c0 '
    '6.6-5.4 12-12 12z"/></svg></i>'
)

# (id, label, href or None for '#', children)
MENU = [
    (25, "Trang chủ", "/", []),
    (31, "Giới thiệu", "/gioi-thieu/", [(32, "Lịch sử phát triển", "/gioi-thieu/lich-su-phat-trien/"),
                                      (33, "Cơ cấu tổ chức", "/gioi-thieu/#co-cau-to-chuc")]),
    (40, "Tin tức", "/category/tin-tuc/", [(41, "Tin nhà trường", "/category/tin-tuc/tin-nha-truong/"),
                                          (42, "Hoạt động Đoàn", "/category/tin-tuc/hoat-dong-doan/")]),
    (50, "Chuyên môn", "/category/chuyen-mon/", []),
    (55, "Thông báo", "/category/thong-bao/", []),
    (58, "Văn bản", "/category/van-ban/", []),
    (60, "Thư viện", None, [(61, "Thư viện ảnh", "/category/thu-vien-anh/"), (62, "Video", "/category/video/")]),
    (70, "Thời khóa biểu", "/thoi-khoa-bieu/", []),
    (75, "Liên hệ", "/lien-he/", []),
]


def menu_html(b: str, current: str) -> str:
    items = []
    for mid, label, href, kids in MENU:
        cls = "menu-item menu-item-type-custom menu-item-object-custom"
        if kids:
            cls += " menu-item-has-children"
        if href == current or any(k[2] == current for k in kids):
            cls += " current-menu-item" if href == current else " current-menu-ancestor current-menu-parent"
        link = f'<a href="{b}{href}">{esc(label)}</a>' if href else f'<a href="#">{esc(label)}</a>'
        sub = ""
        if kids:
            sub = '<ul class="sub-menu">' + "".join(
                f'<li id="menu-item-{k}" class="menu-item menu-item-type-taxonomy menu-item-object-category '
                f'menu-item-{k}"><a href="{b}{h}">{esc(lab)}</a></li>'
                for k, lab, h in kids
            ) + "</ul>"
        items.append(f'<li id="menu-item-{mid}" class="{cls} menu-item-{mid}">{link}{sub}</li>')
    return (
        '<div class="menu-menu-chinh-container"><ul id="menu-menu-chinh" class="menu">'
        + "".join(items)
        + "</ul></div>"
    )


def head_html(b: str, title: str, yoast: str, extra: str = "") -> str:
    b_js = b.replace("/", "\\/")
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11">
<link rel="pingback" href="{b}/xmlrpc.php">

	<!-- This site is optimized with the Yoast SEO plugin v15.9.2 - https://yoast.com/wordpress/plugins/seo/ -->
	<title>{title}</title>
{yoast}
	<!-- / Yoast SEO plugin. -->


<link rel='dns-prefetch' href='//fonts.googleapis.com' />
<link rel='dns-prefetch' href='//s.w.org' />
<link rel="alternate" type="application/rss+xml" title="Trường THPT Huỳnh Văn Sâm &raquo; Dòng thông tin" href="{b}/feed/" />
<script type="text/javascript">
window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/13.0.1\\/72x72\\/","ext":".png","svgUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/13.0.1\\/svg\\/","svgExt":".svg","source":{{"concatemoji":"{b_js}\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=5.6.4"}}}};
</script>
<style type="text/css">
img.wp-smiley,
img.emoji {{ display: inline !important; border: none !important; box-shadow: none !important; height: 1em !important; width: 1em !important; margin: 0 .07em !important; vertical-align: -0.1em !important; background: none !important; padding: 0 !important; }}
</style>
<link rel='stylesheet' id='sydney-bootstrap-css'  href='{b}/wp-content/themes/sydney/css/bootstrap/bootstrap.min.css?ver=1' type='text/css' media='all' />
<link rel='stylesheet' id='wp-block-library-css'  href='{b}/wp-includes/css/dist/block-library/style.min.css?ver=5.6.4' type='text/css' media='all' />
<link rel='stylesheet' id='siteorigin-panels-front-css'  href='{b}/wp-content/plugins/siteorigin-panels/css/front-flex.min.css?ver=2.11.8' type='text/css' media='all' />
<link rel='stylesheet' id='sow-image-default-8b5b6f678277-css'  href='{b}/wp-content/uploads/siteorigin-widgets/sow-image-default-8b5b6f678277.css?ver=5.6.4' type='text/css' media='all' />
<link rel='stylesheet' id='crp-style-rounded-thumbs-css'  href='{b}/wp-content/plugins/contextual-related-posts/css/rounded-thumbs.min.css?ver=2.9.3' type='text/css' media='all' />
<link rel='stylesheet' id='wp-polls-css'  href='{b}/wp-content/plugins/wp-polls/polls-css.css?ver=2.75.5' type='text/css' media='all' />
<link rel='stylesheet' id='sydney-google-fonts-css'  href='https://fonts.googleapis.com/css?family=Roboto%3A400%2C600%7CRoboto%3A400&#038;subset=latin%2Cvietnamese&#038;display=swap' type='text/css' media='all' />
<link rel='stylesheet' id='sydney-style-css'  href='{b}/wp-content/themes/sydney/style.css?ver=20200129' type='text/css' media='all' />
<style id='sydney-style-inline-css' type='text/css'>
.site-header {{ background-color:rgba(11,79,138,0.9);}}
.site-title {{ font-size:32px; }}
.hvs-tb {{ background:#083d6b;color:#fff;font-size:13px;padding:6px 0; }}
body, #mainnav ul ul a {{ font-family:Roboto;}}
.updated:not(.published) {{ display:none; }}
</style>
<link rel='stylesheet' id='addtoany-css'  href='{b}/wp-content/plugins/add-to-any/addtoany.min.css?ver=1.15' type='text/css' media='all' />
<script type='text/javascript' src='{b}/wp-includes/js/jquery/jquery.min.js?ver=3.5.1' id='jquery-core-js'></script>
<script type='text/javascript' src='{b}/wp-includes/js/jquery/jquery-migrate.min.js?ver=3.3.2' id='jquery-migrate-js'></script>
<link rel="https://api.w.org/" href="{b}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{b}/xmlrpc.php?rsd" />
<link rel="wlwmanifest" type="application/wlwmanifest+xml" href="{b}/wp-includes/wlwmanifest.xml" />
<meta name="generator" content="WordPress 5.6.4" />
{extra}
<link rel="icon" href="{b}/wp-content/uploads/2020/08/cropped-logo-hvs-32x32.png" sizes="32x32" />
<link rel="icon" href="{b}/wp-content/uploads/2020/08/cropped-logo-hvs-192x192.png" sizes="192x192" />
<link rel="apple-touch-icon" href="{b}/wp-content/uploads/2020/08/cropped-logo-hvs-180x180.png" />
</head>
"""


def sidebar_html(b: str) -> str:
    recent = "".join(
        f'<li><a href="{b}/{s.slug}/">{wpt(s.title, title=True)}</a></li>' for s in POSTS[:5]
    )
    popular_ids = [1412, 1376, 1398, 1357, 1331]
    popular = "".join(
        f'<li><a href="{b}/{BY_ID[i].slug}/" title="{esc(BY_ID[i].title)}" class="wpp-post-title" '
        f'target="_self">{wpt(BY_ID[i].title, title=True)}</a> <span class="wpp-meta post-stats">'
        f'<span class="wpp-views">{BY_ID[i].views() * 3:,} lượt xem</span></span></li>'.replace(",", ".")
        for i in popular_ids
    )
    notices = "".join(
        f'<li><a href="{b}/?p={i}">{wpt(BY_ID[i].title, title=True)}</a> <img src="{b}/wp-content/'
        f'uploads/2020/08/new.gif" alt="" width="28" height="11" /></li>'
        for i in (1431, 1425, 1340)
    )
    return f"""<div id="secondary" class="widget-area col-md-3" role="complementary">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{b}/">
	<label><span class="screen-reader-text">Tìm kiếm cho:</span>
	<input type="search" class="search-field" placeholder="Tìm kiếm &hellip;" value="" name="s" /></label>
	<input type="submit" class="search-submit" value="Tìm kiếm" />
</form></aside>
<aside id="custom_html-2" class="widget_text widget widget_custom_html"><h3 class="widget-title">THÔNG BÁO</h3><div class="textwidget custom-html-widget"><marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()" height="160"><ul class="tb-hvs">{notices}</ul></marquee></div></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h3 class="widget-title">BÀI VIẾT MỚI</h3><ul>{recent}</ul></aside>
<aside id="wpp-2" class="widget popular-posts"><h3 class="widget-title">XEM NHIỀU</h3><ul class="wpp-list">{popular}</ul></aside>
<aside id="polls-widget-2" class="widget widget_polls-widget"><h3 class="widget-title">THĂM DÒ Ý KIẾN</h3><div id="polls-3" class="wp-polls">
	<form id="polls_form_3" class="wp-polls-form" action="/index.php" method="post">
		<p style="display: none;"><input type="hidden" id="poll_3_nonce" name="wp-polls-nonce" value="4f1c0a2b7e" /></p>
		<p style="display: none;"><input type="hidden" name="poll_id" value="3" /></p>
		<p style="text-align: center;"><strong>Bạn đánh giá thế nào về website của nhà trường?</strong></p><div id="polls-3-ans" class="wp-polls-ans"><ul class="wp-polls-ul">
		<li><input type="radio" id="poll-answer-10" name="poll_3" value="10" /> <label for="poll-answer-10">Rất hữu ích</label></li>
		<li><input type="radio" id="poll-answer-11" name="poll_3" value="11" /> <label for="poll-answer-11">Hữu ích</label></li>
		<li><input type="radio" id="poll-answer-12" name="poll_3" value="12" /> <label for="poll-answer-12">Cần cải thiện thêm</label></li>
		</ul><p style="text-align: center;"><input type="button" name="vote" value="   Bình chọn   " class="Buttons" onclick="poll_vote(3);" /></p><p style="text-align: center;"><a href="#ViewPollResults" onclick="poll_result(3); return false;" title="Xem kết quả bình chọn">Xem kết quả</a></p></div>
	</form>
</div></aside>
<aside id="custom_html-3" class="widget_text widget widget_custom_html"><h3 class="widget-title">LIÊN KẾT WEBSITE</h3><div class="textwidget custom-html-widget"><select onchange="if(this.value) window.open(this.value)" style="width:100%"><option value="">-- Chọn liên kết --</option><option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option><option value="https://sgddt.dongthap.gov.vn">Sở GD&amp;ĐT Đồng Tháp</option><option value="https://thisinh.thitotnghiepthpt.edu.vn">Hệ thống thi tốt nghiệp THPT</option><option value="https://vnedu.vn">vnEdu – Sổ liên lạc điện tử</option></select></div></aside>
<aside id="wpstatistics_widget-2" class="widget widget_wpstatistics_widget"><h3 class="widget-title">THỐNG KÊ TRUY CẬP</h3><ul><li><label>Đang online:&nbsp;</label>17</li><li><label>Hôm nay:&nbsp;</label>342</li><li><label>Hôm qua:&nbsp;</label>518</li><li><label>Tuần này:&nbsp;</label>2.167</li><li><label>Tổng truy cập:&nbsp;</label>1.284.761</li></ul></aside>
</div>"""


def shell(b: str, *, title: str, yoast: str, main: str, body_class: str, current: str,
          sidebar: bool = True, hero: str | None = None, extra_head: str = "") -> str:
    if hero is None:
        hero = (
            '<div class="sydney-hero-area"><div class="header-image"><div class="overlay"></div>'
            f'<img class="header-inner" src="{b}/wp-content/uploads/2020/08/banner-hvs-1920x400.jpg" '
            f'width="1920" alt="{SCHOOL}" title="{SCHOOL}"></div></div>'
        )
    side = sidebar_html(b) if sidebar else ""
    return (
        head_html(b, title, yoast, extra_head)
        + f"""<body class="{body_class} siteorigin-panels siteorigin-panels-before-js">
<div class="preloader"><div class="spinner"><div class="pre-bounce1"></div><div class="pre-bounce2"></div></div></div>
<div id="page" class="hfeed site">
	<a class="skip-link screen-reader-text" href="#content">Chuyển đến nội dung</a>
	<div id="hvs-topbar" class="hvs-tb"><div class="container"><span class="hvs-ngay">{_SVG_CAL} {HEADER_TODAY}</span>
	<span class="hvs-hotline" style="margin-left:20px">Hotline: 0277 3 851 234</span>
	<span class="hvs-mxh" style="float:right"><a href="https://www.facebook.com/thpthuynhvansam" target="_blank">Facebook</a> | <a href="https://www.youtube.com/@thpthuynhvansam" target="_blank">YouTube</a></span></div></div>
	<header id="masthead" class="site-header" role="banner">
		<div class="header-wrap">
			<div class="container"><div class="row">
				<div class="col-md-4 col-sm-8 col-xs-12">
					<a href="{b}/" title="{SCHOOL}"><img class="site-logo" src="{b}/wp-content/uploads/2020/08/logo-hvs.png" alt="{SCHOOL}" /></a>
				</div>
				<div class="col-md-8 col-sm-4 col-xs-12">
					<div class="btn-menu"><i class="sydney-svg-icon"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 448 512"><path d="M16 132h416c8.837 0 16-7.163 16-16V76c0-8.837-7.163-16-16-16H16C7.163 60 0 67.163 0 76v40c0 8.837 7.163 16 16 16z"/></svg></i></div>
					<nav id="mainnav" class="mainnav" role="navigation">{menu_html(b, current)}</nav><!-- #site-navigation -->
				</div>
			</div></div>
		</div>
	</header><!-- #masthead -->
	{hero}
	<div id="content" class="page-wrap">
		<div class="container content-wrapper">
			<div class="row">
{main}
{side}
			</div>
		</div>
	</div><!-- #content -->
	<div id="sidebar-footer" class="footer-widgets widget-area" role="complementary">
		<div class="container">
			<div class="sidebar-column col-md-4"><aside id="text-3" class="widget widget_text"><h3 class="widget-title">TRƯỜNG THPT HUỲNH VĂN SÂM</h3><div class="textwidget"><p>Địa chỉ: Ấp Mỹ Lợi, xã Mỹ Thiện, tỉnh Đồng Tháp<br />
Điện thoại: 0277 3 851 234<br />
Email: c3huynhvansam@dongthap.edu.vn</p></div></aside></div>
			<div class="sidebar-column col-md-4"><aside id="custom_html-4" class="widget_text widget widget_custom_html"><h3 class="widget-title">BẢN ĐỒ</h3><div class="textwidget custom-html-widget"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3925.6!2d106.12!3d10.38!2m3!1f0!2f0!3f0!3m2!1i1024!2i768!4f13.1" width="100%" height="180" style="border:0;" allowfullscreen="" loading="lazy"></iframe></div></aside></div>
			<div class="sidebar-column col-md-4"><aside id="nav_menu-2" class="widget widget_nav_menu"><h3 class="widget-title">LIÊN KẾT NHANH</h3><div class="menu-lien-ket-container"><ul id="menu-lien-ket" class="menu"><li class="menu-item"><a href="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</a></li><li class="menu-item"><a href="https://sgddt.dongthap.gov.vn">Sở GD&amp;ĐT Đồng Tháp</a></li><li class="menu-item"><a href="https://vnedu.vn">Sổ liên lạc điện tử vnEdu</a></li><li class="menu-item"><a href="{b}/lien-he/">Liên hệ – Góp ý</a></li></ul></div></aside></div>
		</div>
	</div>
	<a class="go-top"><i class="sydney-svg-icon"><svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 320 512"><path d="M177 159.7l136 136c9.4 9.4 9.4 24.6 0 33.9l-22.6 22.6c-9.4 9.4-24.6 9.4-33.9 0L160 255.9l-96.4 96.4c-9.4 9.4-24.6 9.4-33.9 0L7 329.7c-9.4-9.4-9.4-24.6 0-33.9l136-136c9.4-9.5 24.6-9.5 34-.1z"/></svg></i></a>
	<footer id="colophon" class="site-footer" role="contentinfo">
		<div class="site-info container">
			&copy; 2020 &#8211; 2026 Bản quyền thuộc Trường THPT Huỳnh Văn Sâm. Chịu trách nhiệm nội dung: ThS. Nguyễn Văn Thắng &#8211; Hiệu trưởng.<br />
			<a href="https://vi.wordpress.org/">Proudly powered by WordPress</a>
			<span class="sep"> | </span>
			Theme: <a href="https://athemes.com/theme/sydney" rel="nofollow">Sydney</a> by aThemes.
		</div><!-- .site-info -->
	</footer><!-- #colophon -->
</div><!-- #page -->
<script type='text/javascript' src='{b}/wp-content/themes/sydney/js/scripts.js?ver=5.6.4' id='sydney-scripts-js'></script>
<script type='text/javascript' src='{b}/wp-content/themes/sydney/js/main.min.js?ver=20200504' id='sydney-main-js'></script>
<script type='text/javascript' src='{b}/wp-content/plugins/siteorigin-panels/js/styling.min.js?ver=2.11.8' id='siteorigin-panels-front-styles-js'></script>
<script type='text/javascript' src='{b}/wp-includes/js/wp-embed.min.js?ver=5.6.4' id='wp-embed-js'></script>
<script type="text/javascript">document.body.className = document.body.className.replace("siteorigin-panels-before-js","");</script>
</body>
</html>
"""
    )


def breadcrumbs(b: str, trail: list[tuple[str, str]], last: str) -> str:
    """Yoast's nested spans: 'Trang chủ » Tin tức » Tin nhà trường » <title>'."""
    inner = f'<span class="breadcrumb_last" aria-current="page">{last}</span>'
    for label, href in reversed(trail):
        inner = f'<span><a href="{b}{href}">{label}</a> » {inner}</span>'
    return f'<div class="sydney-breadcrumbs"><span><span><a href="{b}/">Trang chủ</a> » {inner}</span></span></div>'


def cat_trail(path: str) -> list[tuple[str, str]]:
    trail = []
    cur: str | None = path
    while cur:
        name, parent = CATS[cur]
        trail.append((esc(name), f"/category/{cur}/"))
        cur = parent
    return list(reversed(trail))


def meta_post(b: str, s: Story, *, cats: bool = True) -> str:
    wp, mod = s.opts["wp"], s.opts["mod"]
    updated = (
        f'<time class="updated" datetime="{iso_local(mod)}">{vn_date(mod)}</time>' if mod != wp else ""
    )
    cat_links = ""
    if cats:
        names = sorted(s.opts["cats"], key=lambda c: CATS[c][0])
        cat_links = '<span class="cat-links">' + ", ".join(
            f'<a href="{b}/category/{c}/" rel="category tag">{esc(CATS[c][0])}</a>' for c in names
        ) + "</span>"
    return (
        f'<div class="meta-post"><span class="posted-on">{_SVG_CAL}<a href="{b}/{s.slug}/" rel="bookmark">'
        f'<time class="entry-date published" datetime="{iso_local(wp)}">{vn_date(wp)}</time>{updated}</a>'
        f'</span><span class="byline"> <span class="author vcard"><a class="url fn n" href="{b}/author/'
        f'quantri/">quantri</a></span></span>{cat_links}</div>'
    )


# --- Yoast -------------------------------------------------------------------------------------


def _ld(graph: list[dict]) -> str:
    data = json.dumps({"@context": "https://schema.org", "@graph": graph}, ensure_ascii=False)
    return '<script type="application/ld+json" class="yoast-schema-graph">' + data.replace("/", "\\/") + "</script>"


def _site_graph(b: str) -> list[dict]:
    return [
        {
            "@type": "Organization",
            "@id": f"{b}/#organization",
            "name": SCHOOL,
            "url": f"{b}/",
            "sameAs": ["https://www.facebook.com/thpthuynhvansam"],
            "logo": {"@type": "ImageObject", "@id": f"{b}/#logo", "inLanguage": "vi",
                     "url": f"{b}/wp-content/uploads/2020/08/logo-hvs.png", "width": 420, "height": 90,
                     "caption": SCHOOL},
        },
        {
            "@type": "WebSite",
            "@id": f"{b}/#website",
            "url": f"{b}/",
            "name": SCHOOL,
            "description": TAGLINE,
            "publisher": {"@id": f"{b}/#organization"},
            "potentialAction": [{"@type": "SearchAction", "target": f"{b}/?s={{search_term_string}}",
                                 "query-input": "required name=search_term_string"}],
            "inLanguage": "vi",
        },
    ]


def yoast_post(b: str, s: Story) -> str:
    url = f"{b}/{s.slug}/"
    title = f"{s.title} - {SCHOOL}"
    img = b + sized(thumb(s), None)
    pub, mod = iso_utc(s.opts["wp"]), iso_utc(s.opts["mod"])
    desc = s.opts.get("desc")
    crumbs = [{"@type": "ListItem", "position": 1, "item": {"@type": "WebPage", "@id": f"{b}/", "url": f"{b}/",
                                                            "name": "Trang chủ"}}]
    for i, (name, href) in enumerate(cat_trail(s.opts["cats"][0]), start=2):
        crumbs.append({"@type": "ListItem", "position": i, "item": {"@type": "WebPage", "@id": b + href,
                                                                    "url": b + href, "name": _html.unescape(name)}})
    crumbs.append({"@type": "ListItem", "position": len(crumbs) + 1, "item": {"@type": "WebPage", "@id": url,
                                                                            "url": url, "name": s.title}})
    graph = [
        *_site_graph(b),
        {"@type": "ImageObject", "@id": url + "#primaryimage", "inLanguage": "vi", "url": img,
         "width": 1024, "height": 683},
        {"@type": "WebPage", "@id": url + "#webpage", "url": url, "name": title,
         "isPartOf": {"@id": f"{b}/#website"}, "primaryImageOfPage": {"@id": url + "#primaryimage"},
         "datePublished": pub, "dateModified": mod, "breadcrumb": {"@id": url + "#breadcrumb"},
         "inLanguage": "vi", "potentialAction": [{"@type": "ReadAction", "target": [url]}]},
        {"@type": "BreadcrumbList", "@id": url + "#breadcrumb", "itemListElement": crumbs},
        {"@type": "Article", "@id": url + "#article", "isPartOf": {"@id": url + "#webpage"},
         "author": {"@id": f"{b}/#/schema/person/5d1c7e0b3f1a9e6c2b8d4a7f0e3c1b92"}, "headline": s.title,
         "datePublished": pub, "dateModified": mod, "mainEntityOfPage": {"@id": url + "#webpage"},
         "commentCount": len(s.opts.get("comments", [])), "publisher": {"@id": f"{b}/#organization"},
         "image": {"@id": url + "#primaryimage"},
         "keywords": [TAGS[t] for t in s.opts.get("tags", [])],
         "articleSection": [CATS[c][0] for c in s.opts["cats"]], "inLanguage": "vi"},
        {"@type": "Person", "@id": f"{b}/#/schema/person/5d1c7e0b3f1a9e6c2b8d4a7f0e3c1b92", "name": "quantri"},
    ]
    lines = [
        f'<meta name="description" content="{esc(desc)}" />' if desc else "",
        '<meta name="robots" content="index, follow, max-snippet:-1, max-image-preview:large, max-video-preview:-1" />',
        f'<link rel="canonical" href="{url}" />',
        '<meta property="og:locale" content="vi_VN" />',
        '<meta property="og:type" content="article" />',
        f'<meta property="og:title" content="{esc(title)}" />',
        f'<meta property="og:description" content="{esc(desc)}" />' if desc else "",
        f'<meta property="og:url" content="{url}" />',
        f'<meta property="og:site_name" content="{SCHOOL}" />',
        '<meta property="article:publisher" content="https://www.facebook.com/thpthuynhvansam" />',
        f'<meta property="article:published_time" content="{pub}" />',
        f'<meta property="article:modified_time" content="{mod}" />' if mod != pub else "",
        f'<meta property="og:image" content="{img}" />',
        '<meta property="og:image:width" content="1024" />',
        '<meta property="og:image:height" content="683" />',
        '<meta name="twitter:card" content="summary_large_image" />',
        '<meta name="twitter:label1" content="Được viết bởi">',
        '<meta name="twitter:data1" content="quantri">',
        '<meta name="twitter:label2" content="Ước tính thời gian đọc">',
        '<meta name="twitter:data2" content="2 phút">',
        _ld(graph),
    ]
    return "\n".join("\t" + x for x in lines if x)


def yoast_simple(b: str, path: str, title: str, og_type: str = "article", desc: str | None = None,
                 robots: str = "index, follow") -> str:
    url = b + path
    graph = [
        *_site_graph(b),
        {"@type": "WebPage" if og_type != "website" else "CollectionPage", "@id": url + "#webpage",
         "url": url, "name": title, "isPartOf": {"@id": f"{b}/#website"}, "inLanguage": "vi"}
    ]
    lines = [
        f'<meta name="description" content="{esc(desc)}" />' if desc else "",
        f'<meta name="robots" content="{robots}, max-snippet:-1, max-image-preview:large, max-video-preview:-1" />',
        f'<link rel="canonical" href="{url}" />',
        '<meta property="og:locale" content="vi_VN" />',
        f'<meta property="og:type" content="{og_type}" />',
        f'<meta property="og:title" content="{esc(title)}" />',
        f'<meta property="og:url" content="{url}" />',
        f'<meta property="og:site_name" content="{SCHOOL}" />',
        '<meta name="twitter:card" content="summary_large_image" />',
        _ld(graph),
    ]
    return "\n".join("\t" + x for x in lines if x)


# --- pieces of a post page --------------------------------------------------------------------

PAGE2_ONLY = {1288, 1247}  # never in a related list, the feed, a widget: only page 2 of listings


def related(b: str, s: Story) -> str:
    roots = {c.split("/")[0] for c in s.opts["cats"]}
    pool = [o for o in POSTS if o.id != s.id and o.id not in PAGE2_ONLY]
    same = [o for o in pool if roots & {c.split("/")[0] for c in o.opts["cats"]}]
    picks = (same + [o for o in pool if o not in same])[:3]
    items = "".join(
        f'<li><a href="{b}/{o.slug}/"     class="crp_link post-{o.id}"><figure><img  width="150" '
        f'height="150"  src="{b}{thumb(o, "-150x150")}" class="crp_featured crp_thumb crp_thumbnail"  '
        f'alt="{esc(o.title)}" title="{esc(o.title)}" /></figure><span class="crp_title">'
        f"{wpt(o.title, title=True)}</span></a></li>"
        for o in picks
    )
    return (
        '<div class="crp_related     crp-rounded-thumbs"><h3>Bài viết liên quan:</h3><ul>'
        f'{items}</ul><div class="crp_clear"></div></div>'
    )


def share_box(b: str, s: Story) -> str:
    url = quote(f"{b}/{s.slug}/", safe="")
    name = quote(s.title, safe="")
    buttons = "".join(
        f'<a class="a2a_button_{net}" href="https://www.addtoany.com/add_to/{net}?linkurl={url}&amp;'
        f'linkname={name}" title="{label}" rel="nofollow noopener" target="_blank"></a>'
        for net, label in (("facebook", "Facebook"), ("zalo", "Zalo"), ("twitter", "Twitter"), ("email", "Email"))
    )
    return (
        '<div class="addtoany_share_save_container addtoany_content addtoany_content_bottom">'
        '<div class="addtoany_header">Chia sẻ bài viết:</div><div class="a2a_kit a2a_kit_size_24 '
        f'addtoany_list" data-a2a-url="{b}/{s.slug}/" data-a2a-title="{esc(s.title)}">{buttons}'
        '<a class="a2a_dd addtoany_share_save addtoany_share" href="https://www.addtoany.com/share"></a>'
        "</div></div>"
    )


def print_link(b: str, s: Story) -> str:
    href = f"{b}/{s.slug}/print/"
    return (
        f'<p class="hvs-inbai" style="text-align: right;"><a href="{href}" title="In bài viết" rel="nofollow">'
        f'<img class="WP-PrintIcon" src="{b}/wp-content/plugins/wp-print/images/printer_famfamfam.gif" '
        f'alt="In bài viết" title="In bài viết" style="border: 0px;" /></a>&nbsp;<a href="{href}" '
        'title="In bài viết" rel="nofollow">In bài viết</a></p>'
    )


def comments_html(b: str, s: Story, replyto: int | None) -> str:
    cs = s.opts.get("comments", [])
    if not cs:
        return ""
    url = f"{b}/{s.slug}/"
    items = []
    for cid, name, when, body in cs:
        d = datetime.strptime(when, "%Y-%m-%d %H:%M")
        hour = d.hour % 12 or 12
        ampm = "sáng" if d.hour < 12 else "chiều"
        items.append(
            f'<li id="comment-{cid}" class="comment even thread-even depth-1"><article id="div-comment-{cid}" '
            'class="comment-body"><footer class="comment-meta"><div class="comment-author vcard">'
            f"<img alt='' src='{b}/wp-content/uploads/2020/08/avatar-mac-dinh-60x60.png' class='avatar "
            f"avatar-60 photo' height='60' width='60' loading='lazy'/><b class=\"fn\">{esc(name)}</b> "
            '<span class="says">viết:</span></div><div class="comment-metadata">'
            f'<a href="{url}#comment-{cid}"><time datetime="{iso_local(when)}">{d:%d/%m/%Y} lúc '
            f"{hour}:{d.minute:02d} {ampm}</time></a></div></footer><div class=\"comment-content\">"
            f"<p>{wpt(body)}</p></div><div class=\"reply\"><a rel='nofollow' class='comment-reply-link' "
            f"href='{url}?replytocom={cid}#respond' data-commentid=\"{cid}\" data-postid=\"{s.id}\" "
            f"data-belowelement=\"div-comment-{cid}\" data-respondelement=\"respond\" aria-label='Phản hồi "
            f"đến {esc(name)}'>Trả lời</a></div></article></li>"
        )
    reply_title = "Trả lời"
    cancel_style = ' style="display:none;"'
    if replyto is not None:
        who = next((c[1] for c in cs if c[0] == replyto), None)
        if who:
            reply_title = f"Trả lời {esc(who)}"
            cancel_style = ""
    n = len(cs)
    return f"""<div id="comments" class="comments-area">
	<h3 class="comments-title">{n} bình luận về &ldquo;{wpt(s.title, title=True)}&rdquo;</h3>
	<ol class="comments-list">{"".join(items)}</ol>
	<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">{reply_title} <small><a rel="nofollow" id="cancel-comment-reply-link" href="{url}#respond"{cancel_style}>Hủy</a></small></h3>
		<form action="{b}/wp-comments-post.php" method="post" id="commentform" class="comment-form" novalidate>
		<p class="comment-notes"><span id="email-notes">Email của bạn sẽ không được hiển thị công khai.</span> Các trường bắt buộc được đánh dấu <span class="required">*</span></p>
		<p class="comment-form-comment"><label for="comment">Bình luận</label> <textarea id="comment" name="comment" cols="45" rows="8" maxlength="65525" required="required"></textarea></p>
		<p class="comment-form-author"><label for="author">Tên <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" maxlength="245" required='required' /></p>
		<p class="comment-form-email"><label for="email">Email <span class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30" maxlength="100" required='required' /></p>
		<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Phản hồi" /> <input type='hidden' name='comment_post_ID' value='{s.id}' id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='{replyto or 0}' /></p>
		</form>
	</div><!-- #respond -->
</div><!-- #comments -->"""


def latest_widget(b: str, cat: str, exclude: int, title: str = "Tin cùng chuyên mục", n: int = 3) -> str:
    """Sydney's 'Sydney FP: Latest News' widget (three teasers with thumbnails and excerpts)."""
    picks = [s for s in posts_in(cat) if s.id != exclude][:n]
    items = "".join(
        f'<div class="blog-post col-md-4 col-sm-6 col-xs-12"><div class="entry-thumb"><a href="{b}/{s.slug}/" '
        f'title="{esc(s.title)}"><img width="360" height="240" src="{b}{thumb(s, "-360x240")}" class="attachment-'
        f'sydney-medium-thumb size-sydney-medium-thumb wp-post-image" alt="" loading="lazy" /></a></div>'
        f'<h4 class="entry-title"><a href="{b}/{s.slug}/" rel="bookmark">{wpt(s.title, title=True)}</a></h4>'
        f'<div class="entry-meta"><span class="posted-on"><time class="entry-date published" '
        f'datetime="{iso_local(s.opts["wp"])}">{vn_date(s.opts["wp"])}</time></span></div>'
        f'<div class="entry-summary"><p>{excerpt(s, 20)}</p></div></div>'
        for s in picks
    )
    return (
        f'<h3 class="widget-title">{esc(title)}</h3><div class="latest-news-wrapper">{items}</div>'
        f'<a href="{b}/category/{cat}/" class="roll-button more-button">Xem tất cả</a>'
    )


def posts_in(cat: str) -> list[Story]:
    return [s for s in POSTS if any(c == cat or c.startswith(cat + "/") for c in s.opts["cats"])]


# --- templates ---------------------------------------------------------------------------------

_PANEL_CSS = {
    1376: (
        "/* Layout 1376 */ #pgc-1376-0-0 { width:62%;width:calc(62% - ( 0.38 * 30px ) ) } "
        "#pgc-1376-0-1 { width:38%;width:calc(38% - ( 0.62 * 30px ) ) } #pg-1376-0 , #pg-1376-1 "
        "{ margin-bottom:30px } #pgc-1376-1-0 , #pgc-1376-2-0 { width:100%;width:calc(100% - ( 0 * 30px ) ) } "
        "#pg-1376-1> .panel-row-style { background-color:#f3f7fb;padding:20px 20px 20px 20px } "
        "@media (max-width:780px){ #pg-1376-0.panel-no-style, #pg-1376-0.panel-has-style > "
        ".panel-row-style { -webkit-flex-direction:column;flex-direction:column } }"
    )
}


def single_page(req: Request, s: Story, replyto: int | None = None) -> Response:
    b = base_url(req)
    title_html = wpt(s.title, title=True)
    crumbs = breadcrumbs(b, cat_trail(s.opts["cats"][0]), title_html)
    content = render_blocks(s, b, lambda cat, excl: latest_widget(b, cat, excl))
    fmt = {"video": "video", "album": "gallery"}.get(s.opts.get("kind", ""), "standard")
    classes = (
        f"post-{s.id} post type-post status-publish format-{fmt} has-post-thumbnail hentry "
        + " ".join(f"category-{c.split('/')[-1]}" for c in s.opts["cats"])
        + "".join(f" tag-{t}" for t in s.opts.get("tags", []))
    )
    tags = ""
    if s.opts.get("tags"):
        tags = '<span class="tags-links">' + "".join(
            f'<a href="{b}/tag/{t}/" rel="tag">{esc(TAGS[t])}</a>' for t in s.opts["tags"]
        ) + "</span>"
    views = f"{s.views():,}".replace(",", ".")
    main = f"""<div id="primary" class="content-area col-md-9">
		{crumbs}
		<main id="main" class="post-wrap" role="main">
<article id="post-{s.id}" class="{classes}">
	<header class="entry-header">
		<h1 class="title-post entry-title">{title_html}</h1>
		{meta_post(b, s)}
		<div class="hvs-lx" style="font-size:12px;color:#888"><i class="fa fa-eye"></i> Lượt xem: {views}</div>
	</header><!-- .entry-header -->
	<div class="entry-content">
		{content}
{print_link(b, s)}
{share_box(b, s)}
{related(b, s)}
	</div><!-- .entry-content -->
	<footer class="entry-footer">
		{tags}
	</footer><!-- .entry-footer -->
</article><!-- #post-## -->
{comments_html(b, s, replyto)}
		</main><!-- #main -->
	</div><!-- #primary -->"""
    extra = f"<link rel='shortlink' href='{b}/?p={s.id}' />"
    extra += (
        f'\n<link rel="alternate" type="application/json+oembed" href="{b}/wp-json/oembed/1.0/embed?url='
        f'{quote(b + "/" + s.slug + "/", safe="")}" />'
    )
    if s.id in _PANEL_CSS:
        extra += f'\n<style media="all" id="siteorigin-panels-layouts-head">{_PANEL_CSS[s.id]}</style>'
    body_class = (
        f"post-template-default single single-post postid-{s.id} single-format-{fmt} group-blog"
        + (" siteorigin-panels" if s.opts.get("panels") else "")
    )
    page = shell(
        b,
        title=f"{title_html} - {SCHOOL}",
        yoast=yoast_post(b, s),
        main=main,
        body_class=body_class,
        current="/category/" + s.opts["cats"][0].split("/")[0] + "/",
        extra_head=extra,
    )
    return html(page, headers={"Link": f'<{b}/?p={s.id}>; rel=shortlink', "X-Powered-By": "PHP/7.4.33"})


def print_page(req: Request, s: Story) -> Response:
    b = base_url(req)
    content = render_blocks(s, b, lambda cat, excl: "")
    cat = CATS[s.opts["cats"][0]][0]
    page = f"""<!DOCTYPE html>
<html lang="vi">
<head>
	<meta charset="UTF-8" />
	<meta name="robots" content="noindex, nofollow" />
	<title>{SCHOOL} &raquo; {wpt(s.title, title=True)} &raquo; In</title>
	<link rel="stylesheet" href="{b}/wp-content/plugins/wp-print/print-css.css?ver=2.58" type="text/css" media="screen, print" />
</head>
<body>
<main role="main" class="center">
	<p style="text-align: center;"><strong>- {SCHOOL} - <span dir="ltr">{b}</span> -</strong></p>
	<div class="Post">
		<p style="text-align: center;"><strong>{wpt(s.title, title=True)}</strong></p>
		<p style="text-align: center;">Đăng bởi <u>quantri</u> vào {vn_date(s.opts["wp"])} trong chuyên mục <u>{esc(cat)}</u></p>
		<div class="entry">
{content}
		</div>
	</div>
	<hr class="Divider" style="text-align: center;" />
	<p>Bài viết in từ {SCHOOL}: <strong dir="ltr">{b}</strong></p>
	<p>Địa chỉ bài viết: <strong dir="ltr">{b}/{s.slug}/</strong></p>
	<p style="text-align: center;">Copyright &copy; 2026 {SCHOOL}. All rights reserved.</p>
</main>
</body>
</html>"""
    return html(page)


def teaser(b: str, s: Story) -> str:
    return f"""<article id="post-{s.id}" class="post-{s.id} post type-post status-publish format-standard has-post-thumbnail hentry clearfix">
	<div class="entry-thumb"><a href="{b}/{s.slug}/" title="{esc(s.title)}"><img width="830" height="460" src="{b}{thumb(s)}" class="attachment-large-thumb size-large-thumb wp-post-image" alt="" loading="lazy" /></a></div>
	<div class="content-inner">
	<header class="entry-header">
		<h2 class="title-post entry-title"><a href="{b}/{s.slug}/" rel="bookmark">{wpt(s.title, title=True)}</a></h2>
		{meta_post(b, s, cats=False)}
	</header><!-- .entry-header -->
	<div class="entry-post"><p>{excerpt(s)}</p></div>
	</div>
</article>"""


def pagination(b: str, first: str, page: int, pages: int, query: str = "") -> str:
    if pages <= 1:
        return ""

    def url(n: int) -> str:
        return f"{b}{first}{query}" if n == 1 else f"{b}{first}page/{n}/{query}"

    parts = []
    if page > 1:
        parts.append(f'<a class="prev page-numbers" href="{url(page - 1)}">&laquo; Trước</a>')
    for n in range(1, pages + 1):
        if n == page:
            parts.append(f'<span aria-current="page" class="page-numbers current">{n}</span>')
        else:
            parts.append(f'<a class="page-numbers" href="{url(n)}">{n}</a>')
    if page < pages:
        parts.append(f'<a class="next page-numbers" href="{url(page + 1)}">Tiếp &raquo;</a>')
    return (
        '<nav class="navigation pagination" role="navigation" aria-label="Bài viết">'
        '<h2 class="screen-reader-text">Điều hướng bài viết</h2><div class="nav-links">'
        + "".join(parts)
        + "</div></nav>"
    )


def listing_page(req: Request, *, heading: str, crumbs_trail, last: str, posts: list[Story], first: str,
                 page: int, current: str, body_class: str, query: str = "", robots: str = "index, follow",
                 empty: str = "") -> Response | None:
    b = base_url(req)
    pages = max(1, -(-len(posts) // PER_PAGE))
    if page < 1 or page > pages:
        return None
    chunk = posts[(page - 1) * PER_PAGE: page * PER_PAGE]
    body = "\n".join(teaser(b, s) for s in chunk) or f'<p class="hvs-empty">{empty}</p>'
    title = f"{last} - {SCHOOL}" if page == 1 else f"{last} - Trang {page} trên {pages} - {SCHOOL}"
    main = f"""<div id="primary" class="content-area col-md-9">
		{breadcrumbs(b, crumbs_trail, last + (f" » Trang {page}" if page > 1 else ""))}
		<main id="main" class="post-wrap" role="main">
		<header class="page-header">
			<h3 class="archive-title">{heading}</h3>
		</header><!-- .page-header -->
		<div class="posts-layout"><div class="row">
{body}
		</div></div>
		{pagination(b, first, page, pages, query)}
		</main><!-- #main -->
	</div><!-- #primary -->"""
    path = first if page == 1 else f"{first}page/{page}/"
    extra = ""
    if page > 1:
        prev = first if page == 2 else f"{first}page/{page - 1}/"
        extra += f'<link rel="prev" href="{b}{prev}{query}" />\n'
    if page < pages:
        extra += f'<link rel="next" href="{b}{first}page/{page + 1}/{query}" />\n'
    page_html = shell(
        b,
        title=title,
        yoast=yoast_simple(b, path, title, og_type="article" if False else "website", robots=robots),
        main=main,
        body_class=body_class,
        current=current,
        extra_head=extra,
    )
    return html(page_html)


def category_page(req: Request, cat: str, page: int) -> Response | None:
    name = CATS[cat][0]
    trail = cat_trail(cat)[:-1]
    return listing_page(
        req,
        heading=f"Chuyên mục: <span>{esc(name)}</span>",
        crumbs_trail=trail,
        last=esc(name),
        posts=posts_in(cat),
        first=f"/category/{cat}/",
        page=page,
        current=f"/category/{cat}/",
        body_class=f"archive category category-{cat.split('/')[-1]} category-{CAT_IDS[cat]} group-blog",
    )


def tag_page(req: Request, tag: str, page: int) -> Response | None:
    posts = [s for s in POSTS if tag in s.opts.get("tags", [])]
    return listing_page(
        req,
        heading=f"Thẻ: <span>{esc(TAGS[tag])}</span>",
        crumbs_trail=[],
        last=f"Lưu trữ thẻ {esc(TAGS[tag])}",
        posts=posts,
        first=f"/tag/{tag}/",
        page=page,
        current="",
        body_class=f"archive tag tag-{tag} group-blog",
        robots="noindex, follow",
    )


def _fold(text: str) -> str:
    s = unicodedata.normalize("NFD", text.casefold()).replace("đ", "d")
    return "".join(c for c in s if not unicodedata.combining(c))


def search_page(req: Request, q: str, page: int) -> Response | None:
    words = _fold(q).split()
    posts = [s for s in POSTS if all(w in _fold(s.title + " " + excerpt(s, 80)) for w in words)]
    return listing_page(
        req,
        heading=f"Kết quả tìm kiếm cho: <span>{esc(q)}</span>",
        crumbs_trail=[],
        last=f"Bạn đã tìm kiếm {esc(q)}",
        posts=posts,
        first="/",
        page=page,
        current="",
        body_class="search search-results group-blog",
        query="?s=" + quote(q),
        robots="noindex, follow",
        empty="Xin lỗi, không có nội dung nào khớp với từ khóa bạn tìm. Vui lòng thử lại với từ khóa khác.",
    )


# --- the front page (a Page Builder layout) ------------------------------------------------------


def _so_editor(pid: str, title: str, body: str, pos: str = "panel-first-child panel-last-child", idx: int = 0) -> str:
    t = f'<h3 class="widget-title">{title}</h3>' if title else ""
    return (
        f'<div id="panel-{pid}" class="so-panel widget widget_sow-editor {pos}" data-index="{idx}">'
        f'<div class="so-widget-sow-editor so-widget-sow-editor-base">{t}'
        f'<div class="siteorigin-widget-tinymce textwidget">{body}</div></div></div>'
    )


def carousel_items(b: str, posts: list[Story]) -> str:
    return "".join(
        f'<div class="sow-carousel-item" tabindex="-1" style="float: left;"><div class="sow-carousel-thumbnail">'
        f'<a href="{b}/{s.slug}/" aria-labelledby="sow-carousel-id-{s.id}" style="background-image: url('
        f"'{b}{thumb(s, '-300x300')}')\" ><span class=\"overlay\"></span></a></div>"
        f'<h3 id="sow-carousel-id-{s.id}"><a href="{b}/{s.slug}/">{wpt(s.title, title=True)}</a></h3></div>'
        for s in posts
    )


def home_page(req: Request) -> Response:
    b = base_url(req)
    notices = "".join(
        f'<li><a href="{b}/?p={i}">{wpt(BY_ID[i].title, title=True)}</a> <em>({vn_date(BY_ID[i].opts["wp"])})</em></li>'
        for i in (1431, 1425, 1340)
    )
    chuyen_mon = posts_in("chuyen-mon")
    services = "".join(
        f'<div class="service col-md-4"><div class="roll-icon-box"><div class="icon"><i class="fa {icon}"></i></div>'
        f'<div class="content"><h3><a href="{href}">{label}</a></h3><p>{desc}</p></div></div></div>'
        for icon, label, href, desc in (
            ("fa-graduation-cap", "Tuyển sinh lớp 10", f"{b}/category/thong-bao/", "Thông tin tuyển sinh năm học 2027 – 2028"),
            ("fa-calendar", "Thời khóa biểu", f"{b}/thoi-khoa-bieu/", "Thời khóa biểu áp dụng từ 23/11/2026"),
            ("fa-search", "Tra cứu điểm", "https://vnedu.vn/tra-cuu", "Sổ liên lạc điện tử vnEdu"),
        )
    )
    facts = "".join(
        f'<div class="roll-counter col-md-3"><i class="fa {icon}"></i><div class="name-count">{name}</div>'
        f'<div class="numb-count" data-from="0" data-to="{n}" data-speed="2000" data-waypoint-active="yes">{n}</div></div>'
        for icon, name, n in (("fa-users", "Học sinh", 1256), ("fa-home", "Lớp học", 32),
                              ("fa-user", "Cán bộ, giáo viên", 86), ("fa-trophy", "Năm xây dựng", 41))
    )
    thu_ngo = (
        "<p>Kính chào quý phụ huynh, các em học sinh và quý vị quan tâm!</p>"
        "<p>Trải qua hơn 40 năm xây dựng và phát triển, Trường THPT Huỳnh Văn Sâm luôn là địa chỉ tin cậy "
        "của phụ huynh và học sinh vùng Đồng Tháp Mười. Nhà trường không ngừng đổi mới phương pháp dạy học, "
        "xây dựng môi trường giáo dục an toàn, thân thiện, lấy học sinh làm trung tâm.</p>"
        "<p>Website được xây dựng nhằm cung cấp thông tin kịp thời về hoạt động dạy và học, là cầu nối giữa "
        "nhà trường với cha mẹ học sinh và xã hội. Rất mong nhận được sự quan tâm, góp ý của quý vị.</p>"
        '<p style="text-align: right;"><strong>Hiệu trưởng<br />ThS. Nguyễn Văn Thắng</strong></p>'
    )
    layout = f"""<div id="pl-8" class="panel-layout">
<div id="pg-8-0" class="panel-grid panel-no-style"><div id="pgc-8-0-0" class="panel-grid-cell"><div id="panel-8-0-0-0" class="so-panel widget widget_sydney_services_type_a panel-first-child panel-last-child" data-index="0"><div class="roll-icon-list">{services}</div></div></div></div>
<div id="pg-8-1" class="panel-grid panel-no-style">
  <div id="pgc-8-1-0" class="panel-grid-cell"><div id="panel-8-1-0-0" class="so-panel widget widget_sydney_latest_news panel-first-child panel-last-child" data-index="1">{latest_widget(b, "tin-tuc", 0, "TIN TỨC – SỰ KIỆN")}</div></div>
  <div id="pgc-8-1-1" class="panel-grid-cell">{_so_editor("8-1-1-0", "THÔNG BÁO MỚI", f'<ul class="tb-moi">{notices}</ul><p><a href="{b}/category/thong-bao/">» Xem tất cả thông báo</a></p>', idx=2)}</div>
</div>
<div id="pg-8-2" class="panel-grid panel-has-style"><div class="siteorigin-panels-stretch panel-row-style panel-row-style-for-8-2" data-stretch-type="full"><div id="pgc-8-2-0" class="panel-grid-cell"><div id="panel-8-2-0-0" class="so-panel widget widget_sow-post-carousel panel-first-child panel-last-child" data-index="3"><div class="so-widget-sow-post-carousel so-widget-sow-post-carousel-base">
	<div class="sow-carousel-title"><h3 class="widget-title">HOẠT ĐỘNG CHUYÊN MÔN</h3><div class="sow-carousel-navigation"><a href="#" class="sow-carousel-next" title="Next" aria-label="Next Posts" role="button"></a><a href="#" class="sow-carousel-previous" title="Previous" aria-label="Previous Posts" role="button"></a></div></div>
	<div class="sow-carousel-container"><div class="sow-carousel-wrapper" data-dir="ltr" data-found-posts="{len(chuyen_mon)}" data-ajax-url="{b}/wp-admin/admin-ajax.php?action=sow_carousel_load&amp;_widgets_nonce=a81f3c2d9e&amp;instance_hash=7c1e0f5a" data-page="1" data-item_count="2">
	<div class="sow-carousel-items">{carousel_items(b, chuyen_mon[:2])}</div></div></div>
</div></div></div></div></div>
<div id="pg-8-3" class="panel-grid panel-no-style"><div id="pgc-8-3-0" class="panel-grid-cell"><div id="panel-8-3-0-0" class="so-panel widget widget_sydney_facts panel-first-child panel-last-child" data-index="4"><h3 class="widget-title">NHÀ TRƯỜNG QUA CÁC CON SỐ</h3><div class="roll-counter-wrap">{facts}</div></div></div></div>
<div id="pg-8-4" class="panel-grid panel-no-style">
  <div id="pgc-8-4-0" class="panel-grid-cell">{_so_editor("8-4-0-0", "THƯ NGỎ", thu_ngo, idx=5)}</div>
  <div id="pgc-8-4-1" class="panel-grid-cell"><div id="panel-8-4-1-0" class="so-panel widget widget_sow-video panel-first-child panel-last-child" data-index="6"><div class="so-widget-sow-video so-widget-sow-video-default"><h3 class="widget-title">VIDEO GIỚI THIỆU</h3><div class="sow-video-wrapper"><iframe loading="lazy" title="Giới thiệu Trường THPT Huỳnh Văn Sâm" width="640" height="360" src="https://www.youtube.com/embed/Hk2vWq9aE3s?feature=oembed" frameborder="0" allowfullscreen></iframe></div></div></div></div>
</div>
</div>"""
    main = f"""<div id="primary" class="fp-content-area">
		<main id="main" class="site-main" role="main">
			<div class="entry-content">
{layout}
			</div><!-- .entry-content -->
		</main><!-- #main -->
	</div><!-- #primary -->"""
    hero = f"""<div class="sydney-hero-area">
	<div id="slideshow" class="header-slider" data-speed="4000" data-mobileslider="responsive">
		<div class="slides-container">
			<div class="slide-item slide-item-1" style="background-image:url('{b}/wp-content/uploads/2020/08/slide-truong-1.jpg');"><img class="mobile-slide preserve" src="{b}/wp-content/uploads/2020/08/slide-truong-1.jpg"/><div class="slide-inner"><div class="contain animated fadeInRightBig text-slider"><h2 class="maintitle">{SCHOOL}</h2><p class="subtitle">{TAGLINE}</p></div><a href="{b}/gioi-thieu/" class="roll-button button-slider">Tìm hiểu thêm</a></div></div>
			<div class="slide-item slide-item-2" style="background-image:url('{b}/wp-content/uploads/2020/08/slide-truong-2.jpg');"><img class="mobile-slide preserve" src="{b}/wp-content/uploads/2020/08/slide-truong-2.jpg"/><div class="slide-inner"><div class="contain animated fadeInRightBig text-slider"><h2 class="maintitle">Chào mừng năm học mới 2026 – 2027</h2><p class="subtitle">Thi đua dạy tốt – học tốt</p></div></div></div>
		</div>
	</div>
</div>"""
    extra = (
        '<style media="all" id="siteorigin-panels-layouts-head">/* Layout 8 */ #pgc-8-1-0 { width:66%;'
        "width:calc(66% - ( 0.34 * 30px ) ) } #pgc-8-1-1 { width:34%;width:calc(34% - ( 0.66 * 30px ) ) }"
        " #pgc-8-4-0 , #pgc-8-4-1 { width:50%;width:calc(50% - ( 0.5 * 30px ) ) }</style>"
    )
    page = shell(
        b,
        title=f"{SCHOOL} - {TAGLINE}",
        yoast=yoast_simple(b, "/", f"{SCHOOL} - {TAGLINE}", og_type="website",
                           desc="Cổng thông tin điện tử Trường THPT Huỳnh Văn Sâm, xã Mỹ Thiện, tỉnh Đồng Tháp."),
        main=main,
        body_class="home page-template page-template-page-templates page-template-page_front-page "
        "page-template-page-templatespage_front-page-php page page-id-8",
        current="/",
        sidebar=False,
        hero=hero,
        extra_head=extra,
    )
    return html(page)


def carousel_ajax(req: Request) -> Response:
    b = base_url(req)
    params = req.params
    if params.get("action") != "sow_carousel_load":
        return Response(400, "0", {"Content-Type": "text/html; charset=UTF-8"})
    try:
        paged = int(params.get("paged", "1"))
    except ValueError:
        paged = 1
    items = posts_in("chuyen-mon")[(paged - 1) * 2: paged * 2]
    body = json.dumps({"html": carousel_items(b, items)}, ensure_ascii=False)
    return Response(200, body, {"Content-Type": "application/json; charset=UTF-8"})


# --- static pages (not articles) ---------------------------------------------------------------

PAGES: dict[str, dict] = {
    "gioi-thieu": {
        "id": 10,
        "title": "Giới thiệu",
        "parent": None,
        "content": lambda b: (
            '<div id="pl-10" class="panel-layout"><div id="pg-10-0" class="panel-grid panel-no-style">'
            '<div id="pgc-10-0-0" class="panel-grid-cell">'
            + _so_editor(
                "10-0-0-0",
                "TỔNG QUAN VỀ NHÀ TRƯỜNG",
                "<p>Trường THPT Huỳnh Văn Sâm được thành lập năm 1985 theo Quyết định của UBND tỉnh, tọa "
                "lạc tại ấp Mỹ Lợi, xã Mỹ Thiện, tỉnh Đồng Tháp. Trường mang tên liệt sĩ Huỳnh Văn Sâm, "
                "người con ưu tú của quê hương trong kháng chiến chống Mỹ.</p>"
                "<p>Năm học 2026 – 2027, trường có 32 lớp với 1.256 học sinh; 86 cán bộ, giáo viên, nhân "
                "viên, trong đó 34 thạc sĩ. Trường đạt chuẩn quốc gia mức độ 1 năm 2019 và được công nhận "
                "kiểm định chất lượng giáo dục cấp độ 3.</p>",
                idx=0,
            )
            + "</div>"
            '<div id="pgc-10-0-1" class="panel-grid-cell"><div id="panel-10-0-1-0" class="so-panel widget '
            'widget_sow-image panel-first-child panel-last-child" data-index="1"><div class="so-widget-sow-image '
            'so-widget-sow-image-default-8b5b6f678277"><div class="sow-image-container"><img src="'
            f'{b}{UP}/2020/08/toan-canh-truong-800x533.jpg" width="800" height="533" alt="" class="so-widget-image"'
            ' /></div><h3 class="widget-title">Toàn cảnh Trường THPT Huỳnh Văn Sâm</h3></div></div></div></div>'
            '<div id="pg-10-1" class="panel-grid panel-no-style"><div id="pgc-10-1-0" class="panel-grid-cell">'
            + _so_editor(
                "10-1-0-0",
                '<span id="co-cau-to-chuc">CƠ CẤU TỔ CHỨC</span>',
                "<ul><li>Hiệu trưởng: ThS. Nguyễn Văn Thắng</li><li>Phó Hiệu trưởng: ThS. Trần Văn Lợi, "
                "Cô Lê Thị Hồng Nhung</li><li>07 tổ chuyên môn, 01 tổ Văn phòng</li><li>Chi bộ, Công đoàn "
                "cơ sở, Đoàn TNCS Hồ Chí Minh</li></ul>",
                idx=2,
            )
            + "</div></div></div>"
        ),
    },
    "gioi-thieu/lich-su-phat-trien": {
        "id": 12,
        "title": "Lịch sử phát triển",
        "parent": "gioi-thieu",
        "content": lambda b: (
            "<p><strong>1985:</strong> Thành lập Trường Phổ thông cấp III Mỹ Thiện với 6 lớp, 18 giáo viên.</p>"
            "<p><strong>1996:</strong> Đổi tên thành Trường THPT Huỳnh Văn Sâm.</p>"
            "<p><strong>2010:</strong> Xây dựng cơ sở mới gồm 3 dãy phòng học, nhà đa năng và thư viện.</p>"
            "<p><strong>2019:</strong> Được công nhận trường đạt chuẩn quốc gia mức độ 1.</p>"
            "<p><strong>2025:</strong> Đón nhận Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo vì đã có "
            "thành tích xuất sắc trong năm học 2024 – 2025.</p>"
        ),
    },
    "thoi-khoa-bieu": {
        "id": 14,
        "title": "Thời khóa biểu",
        "parent": None,
        "content": lambda b: (
            "<p>Thời khóa biểu số 5 – Học kỳ I năm học 2026 – 2027, áp dụng từ ngày 23/11/2026.</p>"
            '<table style="width: 100%;" border="1"><tbody><tr><td><strong>Khối</strong></td><td><strong>'
            "Buổi sáng</strong></td><td><strong>Buổi chiều</strong></td></tr><tr><td>Khối 10</td><td>Tiết "
            "1 – 5</td><td>Học tăng cường (thứ 3, thứ 5)</td></tr><tr><td>Khối 11</td><td>Tiết 1 – 5</td>"
            "<td>Học tăng cường (thứ 2, thứ 4)</td></tr><tr><td>Khối 12</td><td>Tiết 1 – 5</td><td>Ôn tập "
            "(thứ 2 – thứ 6)</td></tr></tbody></table>"
            f'<p>Tải về: <a href="{b}{UP}/2026/11/TKB-so-5-HKI-2026-2027.pdf">TKB-so-5-HKI-2026-2027.pdf</a></p>'
        ),
    },
    "lien-he": {
        "id": 16,
        "title": "Liên hệ",
        "parent": None,
        "content": lambda b: (
            f"<p><strong>{SCHOOL.upper()}</strong><br />Địa chỉ: Ấp Mỹ Lợi, xã Mỹ Thiện, tỉnh Đồng Tháp"
            "<br />Điện thoại: 0277 3 851 234 – Fax: 0277 3 851 235<br />Email: "
            '<a href="mailto:c3huynhvansam@dongthap.edu.vn">c3huynhvansam@dongthap.edu.vn</a></p>'
            '<div role="form" class="wpcf7" id="wpcf7-f20-p16-o1" lang="vi" dir="ltr"><form action="'
            f'{b}/lien-he/#wpcf7-f20-p16-o1" method="post" class="wpcf7-form init" novalidate="novalidate">'
            '<p><label> Họ và tên (bắt buộc)<br /><input type="text" name="your-name" value="" size="40" /></label></p>'
            '<p><label> Email (bắt buộc)<br /><input type="email" name="your-email" value="" size="40" /></label></p>'
            '<p><label> Nội dung<br /><textarea name="your-message" cols="40" rows="10"></textarea></label></p>'
            '<p><input type="submit" value="Gửi đi" class="wpcf7-form-control wpcf7-submit" /></p>'
            '<div class="wpcf7-response-output" aria-hidden="true"></div></form></div>'
        ),
    },
}


def static_page(req: Request, key: str) -> Response:
    b = base_url(req)
    pg = PAGES[key]
    trail = []
    if pg["parent"]:
        trail.append((esc(PAGES[pg["parent"]]["title"]), f"/{pg['parent']}/"))
    main = f"""<div id="primary" class="content-area col-md-9">
		{breadcrumbs(b, trail, esc(pg["title"]))}
		<main id="main" class="post-wrap" role="main">
<article id="post-{pg["id"]}" class="post-{pg["id"]} page type-page status-publish hentry">
	<header class="entry-header"><h1 class="title-post entry-title">{esc(pg["title"])}</h1></header>
	<div class="entry-content">
{pg["content"](b)}
	</div><!-- .entry-content -->
</article>
		</main>
	</div>"""
    title = f"{pg['title']} - {SCHOOL}"
    page = shell(
        b,
        title=title,
        yoast=yoast_simple(b, f"/{key}/", title),
        main=main,
        body_class=f"page-template-default page page-id-{pg['id']}",
        current=f"/{key}/",
        extra_head=f"<link rel='shortlink' href='{b}/?page_id={pg['id']}' />",
    )
    return html(page)


def feed(req: Request) -> Response:
    b = base_url(req)
    items = []
    for s in POSTS[:10]:
        d = datetime.strptime(s.opts["wp"], "%Y-%m-%d %H:%M") - timedelta(hours=7)
        items.append(
            f"<item><title>{wpt(s.title, title=True)}</title><link>{b}/{s.slug}/</link>"
            f"<dc:creator><![CDATA[quantri]]></dc:creator><pubDate>{d:%a, %d %b %Y %H:%M:%S} +0000</pubDate>"
            + "".join(f"<category><![CDATA[{CATS[c][0]}]]></category>" for c in s.opts["cats"])
            + f'<guid isPermaLink="false">{b}/?p={s.id}</guid>'
            f"<description><![CDATA[{_html.unescape(excerpt(s, 30))}]]></description></item>"
        )
    body = (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/'
        'modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/'
        f'Atom"><channel><title>{SCHOOL}</title><atom:link href="{b}/feed/" rel="self" type="application/'
        f'rss+xml" /><link>{b}</link><description>{TAGLINE}</description><lastBuildDate>Sat, 05 Dec 2026 '
        "00:30:00 +0000</lastBuildDate><language>vi</language><generator>https://wordpress.org/?v=5.6.4"
        "</generator>" + "".join(items) + "</channel></rss>"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=UTF-8"})


ROBOTS = "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n"


# --- the site ----------------------------------------------------------------------------------

_CAT_RE = re.compile(r"/category/([a-z0-9-]+(?:/[a-z0-9-]+)?)/(?:page/(\d+)/)?")
_TAG_RE = re.compile(r"/tag/([a-z0-9-]+)/(?:page/(\d+)/)?")
_PAGE_RE = re.compile(r"/page/(\d+)/")


class WpSiteOriginSite:
    """Routes like WordPress with pretty permalinks ('/%postname%/'), Yoast and WP-Print."""

    def respond(self, req: Request) -> Response | None:
        path = req.path
        if path.startswith(("/wp-content/", "/wp-includes/")):
            if path.lower().endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, ROBOTS, {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/favicon.ico":
            return static_file(path)
        if path == "/wp-admin/admin-ajax.php":
            return carousel_ajax(req)
        if path == "/wp-comments-post.php":
            if req.method != "POST":
                return Response(405, "", {"Allow": "POST"})
            return html("<p><strong>LỖI</strong>: vui lòng điền các trường bắt buộc (tên, email).</p>", status=400)
        if path == "/feed/":
            return feed(req)
        if path in ("/", "/index.php"):
            return self._root(req)
        m = _PAGE_RE.fullmatch(path)
        if m and "s" in req.params:
            return search_page(req, req.params["s"], int(m.group(1)))
        m = _CAT_RE.fullmatch(path)
        if m:
            cat, page = m.group(1), m.group(2)
            if cat not in CATS:
                return None
            if page == "1":
                return redirect(f"{base_url(req)}/category/{cat}/", 301)
            return category_page(req, cat, int(page or 1))
        m = _TAG_RE.fullmatch(path)
        if m:
            tag, page = m.group(1), m.group(2)
            if tag not in TAGS:
                return None
            return tag_page(req, tag, int(page or 1))
        if path.startswith("/author/"):
            # Yoast: author archives disabled, sent to the home page
            return redirect(f"{base_url(req)}/", 301)
        if path.endswith("/print/"):
            s = BY_SLUG.get(path[1:-len("/print/")])
            return print_page(req, s) if s else None
        if path.endswith("/") and len(path) > 1:
            key = path[1:-1]
            if key in BY_SLUG:
                s = BY_SLUG[key]
                replyto = req.params.get("replytocom")
                return single_page(req, s, int(replyto) if replyto and replyto.isdigit() else None)
            if key in PAGES:
                return static_page(req, key)
            return None
        # WordPress adds the trailing slash
        if not path.endswith("/") and (path[1:] in BY_SLUG or path[1:] in PAGES):
            return redirect(f"{base_url(req)}{path}/" + (f"?{req.query}" if req.query else ""), 301)
        return None

    def _root(self, req: Request) -> Response | None:
        b = base_url(req)
        params = req.params
        if "p" in params:
            s = BY_ID.get(int(params["p"])) if params["p"].isdigit() else None
            return redirect(f"{b}/{s.slug}/", 301) if s else None
        if "page_id" in params:
            for key, pg in PAGES.items():
                if str(pg["id"]) == params["page_id"]:
                    return redirect(f"{b}/{key}/", 301)
            return None
        if "cat" in params:
            for cat, cid in CAT_IDS.items():
                if str(cid) == params["cat"]:
                    return redirect(f"{b}/category/{cat}/", 301)
            return None
        if "s" in params:
            return search_page(req, params["s"], 1)
        if req.path == "/index.php":
            return redirect(f"{b}/", 301)
        return home_page(req)


def build_site() -> WpSiteOriginSite:
    return WpSiteOriginSite()


# --- gold --------------------------------------------------------------------------------------


def _alt_paths(s: Story) -> list[str]:
    alts = [f"/{s.slug}/print/", f"/?p={s.id}"]
    alts += [f"/{s.slug}/?replytocom={c[0]}" for c in s.opts.get("comments", [])]
    return alts


GOLD = [
    gold_record(s, f"/{s.slug}/", s.cat, canonical_path=f"/{s.slug}/", alt_paths=_alt_paths(s))
    for s in ARTICLES
]

NON_ARTICLES = [
    "/gioi-thieu/",
    "/gioi-thieu/lich-su-phat-trien/",
    "/thoi-khoa-bieu/",
    "/lien-he/",
    f"/{DOC.slug}/",
    f"/{ALB.slug}/",
    f"/{VID.slug}/",
]
