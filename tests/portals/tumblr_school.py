"""Tumblr blog with a custom theme on its own domain: the news page of a primary/lower-secondary
school's youth union (Liên đội TH&THCS Võ Thị Sáu, xã Hòa Phú, tỉnh Đắk Lắk).

Platform
    A Tumblr blog ("liendoi-vts") served on the school union's own domain, with a theme written by a
    pupil ("Khăn quàng đỏ" by @nhatminh-9a1): Vietnamese abbreviations for its class names (``bv`` bài
    viết, ``tt`` tiêu đề, ``nd`` nội dung, ``tgd`` thời gian đăng, ``khoi`` sidebar box), Tumblr's own
    injected head (og:*, al:android, canonical, RSS), the ``tumblr_controls`` iframe and tracking pixel,
    Tumblr's notes list in English ("liked this", "reblogged this from"). Post kinds: legacy text posts
    (title field + body), NPF text posts (the new editor: no title field, a ``<h1>`` block opens the
    body, images as ``npf_row``/``tmblr-full`` figures), photo posts and photosets (no title: the
    "caption" holds everything), a reblog from another school's blog, a video post and a photoset
    album shown through Tumblr's ``photoset_iframe``.

URL scheme
    ``/``, ``/page/N`` (5 posts a page, a pinned post on top of page 1; /page/N past the end answers
    200 with no posts, as Tumblr does), ``/post/<18-digit id>/<slug>`` (any slug or none serves the
    post: Tumblr routes on the id), ``/tagged/<tag>`` and ``/tagged/<tag>/page/N``, ``/image/<id>``
    (the photo's lightbox page), ``/post/<id>/photoset_iframe/liendoi-vts/tumblr_<key>/500/false``,
    ``/archive`` (+ ``/archive/2026/<m>``; React page, posts only in a JSON state blob), ``/rss``,
    ``/search?q=`` -> 302 ``/search/<q>``, custom pages ``/gioi-thieu``, ``/ban-chi-huy``, ``/ask``.
    Images: ``/media/...`` (small bytes).

Page templates
    Header (today's date, blog title as ``<h1>``, motto), menu with drop-downs ("Giới thiệu ▾",
    "Chuyên mục ▾" whose items are tag pages typed by hand as ``/tagged/hoạt động đội``), search form,
    breadcrumb "Trang chủ › Bài viết", sidebar (blog description, "Đọc nhiều" typed by hand, a notice
    box, poll posting to poll-maker.com, visitor counter, links, tag cloud), footer.
    Listings: each post as on Tumblr's index (text posts cut at ``<!-- more -->`` with Tumblr's
    "Keep reading" link, photos at 500 px), an English relative date ("2 days ago"), notes count,
    tags; the pager sits in a ``display:none`` box (infinite-scroll theme).
    Permalink: date line "ngày 03/12/2026 lúc 7:15 AM" (12-hour clock), title, body, tags,
    "Đăng bởi liendoi-vts", share/print tools, older/newer links, "Có thể bạn quan tâm",
    the notes list, a Disqus box.

How each gold article is reached
    Home pages 1-3 (5 a page) and the four section tag pages reach all of them; #11 and #13 only
    from page 3 of the home listing or page 2 of /tagged/hoạt động đội among the listings (besides
    the permalinks' older/newer links and "Có thể bạn quan tâm" box). #14 is pinned on page 1 and
    also in its place on page 3. A breadth-first walk of every same-host link and iframe from / takes
    43 requests (RSS guids would add the 15 short /post/<id> forms).

Traps (each with the gold it implies)
    1. Untitled photo/photoset posts: the headline is the caption's first bold all-caps line (with
       its emoji); ``<title>``/og:title carry Tumblr's truncated post summary (headline + the start
       of the text + "…"). Gold title = the bold line as printed (emoji kept); it is not body.
    2. NPF text post: no title element; the headline is a ``<h1>`` inside the body, while the page's
       other ``<h1>`` is the blog's name. Gold title = the body's h1; body starts after it.
    3. The "caption" of a photo post is the article's text, not the photo's caption: the single
       photo has no caption line (caption None); in the photoset only the first photo prints its own
       line under it; NPF photos get an italic line typed under the figure (a caption, not body);
       "Ảnh: X" alone is a photographer credit (caption None, X a photographer).
    4. Reblog from another school's blog: "↻ Đăng lại từ thcs-ngoquyen-eatu" above, the trail as
       ``<p><a class="tumblr_blog">thcs-ngoquyen-eatu</a>:</p><blockquote>…</blockquote>``, the
       union's own comment after it, "Nguồn: thcs-ngoquyen-eatu" below. Gold: body = the trail's
       paragraphs then the comment (the attribution line is no text); byline inside the trail
       "Tin, ảnh: Võ Thị Kim Oanh" -> author and photographer; source "thcs-ngoquyen-eatu".
    5. Dates: permalinks print "ngày 20/11/2026 lúc 12:00 AM" (12-hour clock: 11:05 PM -> 23:05,
       12:30 PM -> 12:30, 12:00 AM -> midnight -> the day alone); listings print only "2 weeks ago";
       RSS pubDate and the archive's JSON ("2026-11-19 17:00:00 GMT") give other readings. The
       official notice posted 03/12 7:15 AM is dated by its letterhead: 2026-12-02.
    6. Category = the menu's section whose tag the post carries, as the menu prints it ("Hoạt động
       Đội"); the section tag is not always the first tag ("#20-11 #Hoạt động Đội"), the menu links
       it typed by hand with spaces (``/tagged/hoạt động đội``) and the post links it Tumblr's way
       (``/tagged/ho%E1%BA%A1t-%C4%91%E1%BB%99ng-%C4%91%E1%BB%99i``): one listing, two URLs.
    7. Duplicates: every post answers at ``/post/<id>`` (RSS guid, archive JSON, "Đọc nhiều"), at an
       old slug kept after the title was edited (#3), with ``?source=share`` pasted from Tumblr's
       share menu (#2); all in alt_paths; canonical is ``/post/<id>/<slug>``.
    8. Pages at /post/ URLs that are not articles: a video post (YouTube clip, one-line caption)
       and a photoset album ("📸 Một số hình ảnh …", photos in Tumblr's photoset_iframe); the
       ``/image/<id>`` lightbox pages of the photo posts; the custom page /gioi-thieu looks like a
       text post (title + paragraphs) but is the intro page.
    9. Chrome that reads like text: the notes list (replies with sentences, "reblogged this from"),
       "Đăng bởi liendoi-vts" (a CMS account: nobody), emoji bylines typed by pupils ("✍️ Bài: Lê
       Minh Khang (9A1) – 📸 Ảnh: Trần Bảo Ngọc (8A3)" -> [Lê Minh Khang], [Trần Bảo Ngọc]), a
       closing hashtag line typed in the text ("#LiênĐộiVõThịSáu …": tags, not body), "Xem thêm:"
       and an attachment line "📎 …pdf", the blog description in the sidebar.
   10. Encodings: #11 was pasted through the HTML editor with every second letter as an entity
       (``&agrave;``, ``&#7897;``); #12 was typed with Unikey's decomposed Unicode (NFD), title too.
       Gold is NFC text.
   11. Discovery: the pager is hidden (``display:none``) for infinite scroll; /archive has no post
       links in its HTML (a JSON blob for React); the "Keep reading" cut hides most of a text post
       on listings.
   12. Official document inside a text post (letterhead table, "Số: 09/TB-LĐ", "THÔNG BÁO / Về
       việc …", "Nơi nhận" and the signer): only the text between subject and closing is body;
       author = signer "Nguyễn Thị Thu Hằng"; date = letterhead's day.

Gold decisions on ambiguous points
    - A reblog is the union's article at its own URL; its date is the reblog's; the original blog
      is its source (printed "Nguồn:" line); the union's comment after the trail is body.
    - Photo/photoset posts: title = bold first line of the caption; the photos come before the text
      on the page and are the article's images; per-photo lines printed under a photoset photo are
      its caption.
    - A line of typed hashtags at the end of a caption is tags (not body); emoji at the start of
      text lines ("🥇 Giải Nhất: …") are typed characters and kept.
    - "Cô Phan Thị Mỹ Dung – GV Ngữ văn" -> "Phan Thị Mỹ Dung"; "Thầy Nguyễn Văn Tài" -> "Nguyễn Văn
      Tài"; "Chi đội 6A3" and "Ban Chỉ huy Liên đội" signing alone are authors as printed.
    - Sapo only where the text opens with a bold paragraph (#3, #12); the photo posts' bold line is
      the headline, not a sapo.
    - The video post, the album, the /image/ pages, /gioi-thieu, /ban-chi-huy and /ask are not
      articles; listings, tag pages, /archive, /search and /rss are neither articles nor
      NON_ARTICLES.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from dataclasses import dataclass, field
from urllib.parse import quote, unquote

from crawler.demo.server import Request, Response, html, redirect
from tests.portals._common import (
    Img,
    P,
    Raw,
    Story,
    base_url,
    entity_mix,
    esc,
    gold_record,
    static_file,
)

NAME = "tumblr_school"
PLATFORM = "Tumblr (custom theme, own domain)"
START_PATH = "/"

BLOG = "liendoi-vts"
SITE = "Liên đội TH&THCS Võ Thị Sáu"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
NOW = dt.datetime(2026, 12, 5, 9, 0)
PER_PAGE = 5
UTC_OFFSET = dt.timedelta(hours=7)

# the menu's sections (label as printed, the tag behind it)
SECTIONS = ["Hoạt động Đội", "Gương sáng đội viên", "An toàn giao thông", "Thông báo"]
OTHER_TAGS = ["20-11", "Kế hoạch nhỏ", "nghi thức đội"]


def tag_key(tag: str) -> str:
    return re.sub(r"[\s\-]+", " ", unicodedata.normalize("NFC", tag)).strip().lower()


def tag_url(tag: str) -> str:
    """Tumblr's {TagURL}: lower case, spaces as hyphens, percent-encoded."""
    return "/tagged/" + quote(tag.lower().replace(" ", "-"))


def menu_tag_url(tag: str) -> str:
    """What the admin typed in the theme's menu: the tag with its spaces, not encoded."""
    return "/tagged/" + tag.lower()


# ----------------------------------------------------------------------------------------------
# posts


@dataclass
class Post:
    id: int
    slug: str
    kind: str  # text, npf, photo, photoset, reblog, video, album
    when: dt.datetime  # local time (Asia/Ho_Chi_Minh)
    tags: list[str]
    story: Story | None = None
    caption_html: str = ""  # video / album posts
    key: str = ""  # media key
    notes: list[tuple[str, str, str]] = field(default_factory=list)
    pinned: bool = False

    @property
    def permalink(self) -> str:
        return f"/post/{self.id}/{self.slug}"

    @property
    def title(self) -> str:
        if self.story:
            return self.story.title
        return re.sub(r"<[^>]+>", "", self.caption_html).strip()

    @property
    def category(self) -> str:
        return next(t for t in self.tags if t in SECTIONS)


IMG = "/media"

# 1. official notice (legacy text post), letterhead dated the day before the post
S1 = Story(
    1,
    "thong-bao-ve-viec-to-chuc-hoi-trai-tien-buoc-len-doan",
    "Thông báo về việc tổ chức Hội trại “Tiến bước lên Đoàn” năm học 2026 – 2027",
    "Thông báo",
    "2026-12-02",
    [
        Raw(
            '<table style="width:100%;border-collapse:collapse" border="0"><tbody><tr>'
            '<td style="width:45%;text-align:center;vertical-align:top">HỘI ĐỒNG ĐỘI XÃ HÒA PHÚ<br>'
            "<b>LIÊN ĐỘI TH&amp;THCS VÕ THỊ SÁU</b><br>***</td>"
            '<td style="text-align:center;vertical-align:top"><b>ĐỘI THIẾU NIÊN TIỀN PHONG HỒ CHÍ MINH</b>'
            "</td></tr><tr>"
            '<td style="text-align:center">Số: 09/TB-LĐ</td>'
            '<td style="text-align:right"><i>Hòa Phú, ngày 02 tháng 12 năm 2026</i></td></tr>'
            "</tbody></table>"
            '<p style="text-align:center"><b>THÔNG BÁO</b><br><b>Về việc tổ chức Hội trại “Tiến bước lên Đoàn”'
            "<br>năm học 2026 – 2027</b></p>"
        ),
        P(
            "Căn cứ Chương trình công tác Đội và phong trào thiếu nhi năm học 2026 – 2027 của Hội đồng Đội "
            "xã Hòa Phú;",
            "j",
        ),
        P(
            "Căn cứ Kế hoạch số 05/KH-LĐ ngày 15/9/2026 của Liên đội TH&THCS Võ Thị Sáu về tổ chức các hoạt "
            "động Đội năm học 2026 – 2027;",
            "j",
        ),
        P(
            "Ban Chỉ huy Liên đội thông báo tổ chức Hội trại “Tiến bước lên Đoàn” chào mừng 82 năm Ngày thành "
            "lập Quân đội nhân dân Việt Nam (22/12/1944 – 22/12/2026) như sau:",
            "j",
        ),
        P("1. Thời gian, địa điểm", "b"),
        P("- Thời gian: từ 7 giờ 00 đến 16 giờ 30, Chủ nhật ngày 20/12/2026.", "j"),
        P("- Địa điểm: sân trường TH&THCS Võ Thị Sáu (điểm chính, thôn 4).", "j"),
        P("2. Thành phần", "b"),
        P(
            "Mỗi chi đội khối 6, 7, 8, 9 cử 01 trại gồm 15 đội viên, do chi đội trưởng làm trại trưởng và giáo "
            "viên chủ nhiệm phụ trách.",
            "j",
        ),
        P("3. Nội dung", "b"),
        P("- Dựng trại, trang trí cổng trại theo chủ đề “Anh bộ đội Cụ Hồ”;", "j"),
        P("- Thi nghi thức, đội hình đội ngũ;", "j"),
        P("- Trò chơi lớn “Hành quân theo dấu chân anh bộ đội”;", "j"),
        P("- Lửa trại và văn nghệ chào mừng.", "j"),
        P(
            "Đề nghị các chi đội đăng ký danh sách trại sinh về Ban Chỉ huy Liên đội (qua đồng chí Tổng phụ "
            "trách Đội) trước ngày 12/12/2026. Thể lệ chi tiết được gửi kèm thông báo này./.",
            "j",
        ),
        Raw(
            '<table style="width:100%" border="0"><tbody><tr>'
            '<td style="width:50%;vertical-align:top;font-size:12px"><b><i>Nơi nhận:</i></b><br>'
            "- BGH nhà trường (b/c);<br>- Hội đồng Đội xã (b/c);<br>- Các chi đội;<br>- Lưu: LĐ.</td>"
            '<td style="text-align:center;vertical-align:top"><b>TM. BAN CHỈ HUY LIÊN ĐỘI<br>TỔNG PHỤ TRÁCH ĐỘI'
            "</b><br><br><i>(đã ký)</i><br><br><b>Nguyễn Thị Thu Hằng</b></td></tr></tbody></table>"
            '<p>📎 Thể lệ Hội trại: <a href="https://drive.google.com/file/d/1xKq7LmVb0aTz9Hh2RwPq/view?usp=sharing"'
            ' target="_blank">the-le-hoi-trai-2026.pdf</a></p>'
        ),
    ],
    authors=["Nguyễn Thị Thu Hằng"],
)

# 2. photoset: headline in the caption, per-photo line under the first photo, emoji byline
S2 = Story(
    2,
    "hoi-thi-nghi-thuc-chi-huy-doi-gioi-cap-lien-doi-nam-hoc",
    "🥁 HỘI THI “NGHI THỨC – CHỈ HUY ĐỘI GIỎI” CẤP LIÊN ĐỘI NĂM HỌC 2026 – 2027 🎺",
    "Hoạt động Đội",
    "2026-12-01T17:10:00+07:00",
    [
        Img(
            f"{IMG}/tumblr_r1c7vb2Hs81wq5n0ko1_1280.jpg",
            "Chi đội 8A2 – giải Nhất toàn đoàn",
            "Chi đội 8A2 – giải Nhất toàn đoàn",
        ),
        Img(f"{IMG}/tumblr_r1c7vb2Hs81wq5n0ko2_1280.jpg"),
        Img(f"{IMG}/tumblr_r1c7vb2Hs81wq5n0ko3_1280.jpg"),
        Img(f"{IMG}/tumblr_r1c7vb2Hs81wq5n0ko4_1280.jpg"),
        P(
            "Trong hai ngày 28 và 29/11/2026, Liên đội TH&THCS Võ Thị Sáu đã tổ chức Hội thi “Nghi thức – Chỉ "
            "huy Đội giỏi” cấp Liên đội năm học 2026 – 2027 với sự tham gia của 16 chi đội từ khối 4 đến khối 9."
        ),
        P(
            "Hội thi gồm hai phần: phần thi nghi thức đội hình đội ngũ và phần thi chỉ huy Đội giỏi dành cho các "
            "chi đội trưởng. Ban giám khảo gồm đại diện Ban giám hiệu, Tổng phụ trách Đội và đại diện Hội đồng "
            "Đội xã Hòa Phú."
        ),
        P("Kết quả chung cuộc:"),
        P("🥇 Giải Nhất: Chi đội 8A2"),
        P("🥈 Giải Nhì: Chi đội 9A1, Chi đội 7A3"),
        P("🥉 Giải Ba: Chi đội 6A1, Chi đội 5A (khối Tiểu học)"),
        P("🏅 Chỉ huy Đội giỏi: em Lương Thảo Vy (chi đội trưởng 8A2)"),
        P(
            "Chúc mừng các chi đội đạt giải! Liên đội sẽ chọn đội hình xuất sắc nhất tham gia Hội thi cấp xã "
            "vào tháng 3/2027. 💪"
        ),
        Raw("<p>✍️ Bài: Lê Minh Khang (9A1) – 📸 Ảnh: Trần Bảo Ngọc (8A3)</p>"),
        Raw("<p>#LiênĐộiVõThịSáu #NghiThứcĐội #ĐộiTNTPHồChíMinh</p>"),
    ],
    authors=["Lê Minh Khang"],
    photographers=["Trần Bảo Ngọc"],
)

# 3. legacy text post, bold lead, image with a parenthesised caption, teacher's byline
S3 = Story(
    3,
    "ho-ngoc-bao-tram-co-doi-vien-nho-giau-nghi-luc",
    "Hồ Ngọc Bảo Trâm – cô đội viên nhỏ giàu nghị lực",
    "Gương sáng đội viên",
    "2026-11-28T09:30:00+07:00",
    [
        P(
            "Mồ côi cha từ năm lên tám, hằng ngày vừa phụ mẹ bán rau ở chợ Hòa Phú vừa đi học, nhưng suốt sáu "
            "năm liền Hồ Ngọc Bảo Trâm (lớp 7A1) luôn là học sinh xuất sắc và là chi đội trưởng gương mẫu.",
            "lead",
        ),
        Raw("<!-- more -->"),
        P(
            "Nhà Trâm cách trường gần 4 cây số. Mỗi sáng, em dậy từ 4 giờ 30 để cùng mẹ chở rau ra chợ rồi mới "
            "đạp xe đến lớp. Buổi chiều, em tranh thủ trông em trai năm tuổi và ôn bài ngay bên gian hàng nhỏ "
            "của mẹ."
        ),
        Img(
            f"{IMG}/tumblr_r0y4kq9Bt71xm2c8do1_1280.jpg",
            "(Bảo Trâm (bên phải) nhận giấy khen của Hội đồng Đội xã Hòa Phú)",
            "Bảo Trâm (bên phải) nhận giấy khen của Hội đồng Đội xã Hòa Phú",
            "em",
        ),
        P(
            "Năm học 2025 – 2026, Trâm đạt giải Nhì cuộc thi Olympic Tiếng Anh cấp huyện và được Hội đồng Đội "
            "xã tặng giấy khen “Cháu ngoan Bác Hồ”. Là chi đội trưởng, em luôn nhắc nhở các bạn giữ nề nếp, "
            "tổ chức “đôi bạn cùng tiến” vào giờ ra chơi."
        ),
        P(
            "“Em chỉ mong mẹ bớt vất vả và sau này được làm cô giáo dạy tiếng Anh ở chính ngôi trường này” – "
            "Trâm chia sẻ.",
            "q",
        ),
        P(
            "Cô Lê Thị Hoa, giáo viên chủ nhiệm lớp 7A1, cho biết: “Trâm ít nói nhưng rất chu đáo. Bạn nào "
            "nghỉ học, em đều mang vở sang tận nhà chép bài giúp”."
        ),
        P(
            "Liên đội TH&THCS Võ Thị Sáu trân trọng giới thiệu tấm gương của đội viên Hồ Ngọc Bảo Trâm để các "
            "bạn đội viên cùng học tập, noi theo."
        ),
        Raw('<p style="text-align: right;"><em>Cô Phan Thị Mỹ Dung – GV Ngữ văn</em></p>'),
    ],
    authors=["Phan Thị Mỹ Dung"],
    summary=(
        "Mồ côi cha từ năm lên tám, hằng ngày vừa phụ mẹ bán rau ở chợ Hòa Phú vừa đi học, nhưng suốt sáu "
        "năm liền Hồ Ngọc Bảo Trâm (lớp 7A1) luôn là học sinh xuất sắc và là chi đội trưởng gương mẫu."
    ),
)
OLD_SLUG_3 = "guong-sang-em-bao-tram-lop-7a1"

# 4. reblog from another school's Tumblr
NQ = "thcs-ngoquyen-eatu"
NQ_POST = (
    f"https://{NQ}.tumblr.com/post/802188345720397824/lien-doi-thcs-ngo-quyen-to-chuc-chuyen-de-em"
)
S4 = Story(
    4,
    "lien-doi-thcs-ngo-quyen-to-chuc-chuyen-de-em-yeu",
    "Liên đội THCS Ngô Quyền tổ chức chuyên đề “Em yêu biển, đảo quê hương”",
    "Hoạt động Đội",
    "2026-11-26T14:50:00+07:00",
    [
        Raw(
            f'<p><a class="tumblr_blog" href="{NQ_POST}" target="_blank">{NQ}</a>:</p>\n<blockquote>'
        ),
        P(
            "Chiều ngày 24/11/2026, Liên đội THCS Ngô Quyền (xã Ea Tu) đã tổ chức chuyên đề “Em yêu biển, đảo "
            "quê hương” cho hơn 400 đội viên toàn trường."
        ),
        P(
            "Tại buổi sinh hoạt, các đội viên được nghe thầy Trần Quốc Việt, giáo viên Lịch sử và Địa lí, giới "
            "thiệu về chủ quyền biển, đảo của Việt Nam, về hai quần đảo Hoàng Sa, Trường Sa và những người lính "
            "ngày đêm canh giữ biển trời Tổ quốc."
        ),
        Img(f"{IMG}/tumblr_p4n1qe0ZtV1xk7b2ro1_1280.jpg", style="plain"),
        P(
            "Phần thi “Hiểu biết về biển, đảo” diễn ra sôi nổi với 12 đội chơi. Kết thúc chương trình, Liên đội "
            "phát động đội viên viết thư gửi các chiến sĩ Hải quân đang công tác tại quần đảo Trường Sa."
        ),
        Raw('<p style="text-align:right"><b>Tin, ảnh: Võ Thị Kim Oanh</b></p>\n</blockquote>'),
        P(
            "Một chuyên đề rất ý nghĩa của Liên đội bạn! 👏 Tuần sau Liên đội mình cũng sẽ tổ chức chuyên đề về "
            "biển, đảo, các chi đội chuẩn bị thư gửi chiến sĩ nha."
        ),
    ],
    authors=["Võ Thị Kim Oanh"],
    photographers=["Võ Thị Kim Oanh"],
    source=NQ,
)

# 5. photo post queued for midnight
S5 = Story(
    5,
    "tri-an-thay-co-nhan-ngay-nha-giao-viet-nam-20-11-2026",
    "🌹 TRI ÂN THẦY CÔ NHÂN NGÀY NHÀ GIÁO VIỆT NAM 20/11/2026",
    "Hoạt động Đội",
    "2026-11-20",
    [
        Img(f"{IMG}/tumblr_q0w8ne2Lk81yh5c3vo1_1280.jpg"),
        P(
            "Nhân kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026), Ban Chỉ huy Liên đội "
            "TH&THCS Võ Thị Sáu xin gửi đến quý thầy cô lời chúc sức khỏe, hạnh phúc và lòng biết ơn sâu sắc."
        ),
        P(
            "Suốt tháng 11, các chi đội đã thi đua “Hoa điểm tốt dâng thầy cô” với hơn 3.200 điểm 9, điểm 10; "
            "báo tường của 16 chi đội được trưng bày tại hành lang dãy phòng học A."
        ),
        P(
            "Chúc thầy cô luôn giữ vững ngọn lửa yêu nghề, mãi là người lái đò tận tụy đưa thế hệ chúng em "
            "cập bến tri thức! 💐"
        ),
        Raw("<p>Ảnh: Trần Bảo Ngọc (8A3)</p>"),
    ],
    photographers=["Trần Bảo Ngọc"],
)

# 7. NPF text post: heading block as title, figures with typed lines, list, subheading
NPF_DIR = "/media/2a7c91f0e4d3b5a8e61f"
S7 = Story(
    7,
    "chi-doi-9a1-gianh-giai-nhat-hoi-thi-rung-chuong-vang",
    "Chi đội 9A1 giành giải Nhất Hội thi “Rung chuông vàng” tìm hiểu Luật Giao thông đường bộ",
    "An toàn giao thông",
    "2026-11-17T23:05:00+07:00",
    [
        P(
            "Sáng 14/11/2026, Liên đội TH&THCS Võ Thị Sáu phối hợp với Công an xã Hòa Phú tổ chức Hội thi "
            "“Rung chuông vàng” tìm hiểu Luật Trật tự, an toàn giao thông đường bộ dành cho đội viên khối 8 và "
            "khối 9."
        ),
        P(
            "Hội thi là hoạt động hưởng ứng Ngày Thế giới tưởng niệm các nạn nhân tử vong do tai nạn giao "
            "thông (15/11/2026), thu hút 100 thí sinh đến từ 8 chi đội."
        ),
        Raw("<!-- more -->"),
        Img(
            f"{NPF_DIR}/s1280x1920/9c1e0b7d4f2a63c1.jpg",
            "Các thí sinh tham gia vòng loại trên sân trường",
            "Các thí sinh tham gia vòng loại trên sân trường",
            "i",
        ),
        P("Những câu hỏi “hóc búa”", "h2"),
        P(
            "Các câu hỏi xoay quanh quy tắc nhường đường, ý nghĩa biển báo, độ tuổi được phép điều khiển xe "
            "máy điện và quy định đội mũ bảo hiểm khi ngồi trên xe mô tô, xe gắn máy."
        ),
        P("Vòng 1: 30 câu hỏi trắc nghiệm, chọn 20 thí sinh vào vòng trong;", "li"),
        P("Vòng 2: 15 câu hỏi tình huống qua hình ảnh;", "li"),
        P("Vòng “Rung chuông vàng”: 5 câu hỏi dành cho các thí sinh còn lại trên sàn thi.", "li"),
        Img(
            f"{NPF_DIR}/s1280x1920/e0d4c33a81b6f702.jpg",
            "(Em Phạm Ngọc Ánh (9A1) là thí sinh cuối cùng trên sàn thi)",
            "Em Phạm Ngọc Ánh (9A1) là thí sinh cuối cùng trên sàn thi",
            "i",
        ),
        P(
            "Kết quả, em Phạm Ngọc Ánh (Chi đội 9A1) xuất sắc vượt qua cả 50 câu hỏi, mang về giải Nhất cho "
            "chi đội. Giải Nhì thuộc về Chi đội 8A2, giải Ba thuộc về Chi đội 9A3."
        ),
        P(
            "Dịp này, Công an xã Hòa Phú đã trao tặng 100 mũ bảo hiểm đạt chuẩn cho các đội viên có hoàn cảnh "
            "khó khăn của nhà trường."
        ),
        Raw("<p><b>Bài, ảnh: Nguyễn Hoàng Yến Nhi (Chi đội 9A1)</b></p>"),
    ],
    authors=["Nguyễn Hoàng Yến Nhi"],
    photographers=["Nguyễn Hoàng Yến Nhi"],
)

# 8. notice with a table, unit signing alone
S8 = Story(
    8,
    "lich-thi-hoi-thi-nghi-thuc-chi-huy-doi-gioi-cap-lien",
    "Lịch thi Hội thi “Nghi thức – Chỉ huy Đội giỏi” cấp Liên đội năm học 2026 – 2027",
    "Thông báo",
    "2026-11-09T12:30:00+07:00",
    [
        P(
            "Ban Chỉ huy Liên đội thông báo lịch thi Hội thi “Nghi thức – Chỉ huy Đội giỏi” cấp Liên đội năm "
            "học 2026 – 2027 đến các chi đội như sau:"
        ),
        P("Thời gian | Nội dung | Đơn vị dự thi", "th"),
        P(
            "7h00 – 10h30, thứ Bảy 28/11 | Thi nghi thức đội hình đội ngũ | Chi đội khối 4, 5, 6",
            "tr",
        ),
        P(
            "14h00 – 16h30, thứ Bảy 28/11 | Thi nghi thức đội hình đội ngũ | Chi đội khối 7, 8, 9",
            "tr",
        ),
        P("7h30 – 10h00, Chủ nhật 29/11 | Thi Chỉ huy Đội giỏi | Chi đội trưởng các chi đội", "tr"),
        P("Lưu ý:", "b"),
        P(
            "- Đội viên mặc đồng phục, đeo khăn quàng đỏ, đội mũ ca nô; chi đội mang theo cờ chi đội."
        ),
        P("- Các chi đội có mặt tại sân trường trước giờ thi 15 phút để bốc thăm thứ tự."),
        P("Mọi thắc mắc xin liên hệ cô Nguyễn Thị Thu Hằng – TPT Đội (ĐT: 0905 218 347)."),
        Raw('<p style="text-align:right"><strong>Ban Chỉ huy Liên đội</strong></p>'),
    ],
    authors=["Ban Chỉ huy Liên đội"],
)

# 9. photo post, "Tin: X - Ảnh: Y"
S9 = Story(
    9,
    "doi-vien-tinh-nguyen-cong-truong-an-toan-giao-thong",
    "ĐỘI VIÊN TÌNH NGUYỆN “CỔNG TRƯỜNG AN TOÀN GIAO THÔNG”",
    "An toàn giao thông",
    "2026-11-12T10:20:00+07:00",
    [
        Img(f"{IMG}/tumblr_s2c6mx9Kd01zu4e8bo1_1280.jpg"),
        P(
            "Từ đầu tháng 11/2026, mỗi buổi tan trường, đội “Cổng trường an toàn giao thông” gồm 24 đội viên "
            "khối 8, 9 lại có mặt tại cổng trường để hướng dẫn các em học sinh tiểu học xếp hàng, chờ phụ "
            "huynh đón."
        ),
        P(
            "Các bạn đội viên còn nhắc nhở phụ huynh không dừng, đỗ xe dưới lòng đường và đội mũ bảo hiểm cho "
            "con khi ngồi trên xe máy. Nhờ vậy, tình trạng ùn tắc trước cổng trường vào giờ tan học đã giảm "
            "rõ rệt."
        ),
        P(
            "Mô hình nhận được sự đồng hành của Công an xã Hòa Phú và Ban đại diện Cha mẹ học sinh nhà trường."
        ),
        Raw("<p><em>Tin: Thầy Nguyễn Văn Tài - Ảnh: Hoàng Gia Huy (8A1)</em></p>"),
    ],
    authors=["Nguyễn Văn Tài"],
    photographers=["Hoàng Gia Huy"],
)

# 11. legacy text post pasted with entities
S11 = Story(
    11,
    "lien-doi-phat-dong-phong-trao-ke-hoach-nho-thu-gom",
    "Liên đội phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, vỏ lon năm học 2026 – 2027",
    "Hoạt động Đội",
    "2026-10-30T07:30:00+07:00",
    [
        P(
            "Thực hiện chương trình công tác Đội năm học 2026 – 2027, sáng thứ Hai ngày 26/10/2026, trong giờ "
            "chào cờ, Liên đội TH&THCS Võ Thị Sáu đã phát động phong trào “Kế hoạch nhỏ” đến toàn thể đội viên, "
            "thiếu nhi trong trường."
        ),
        Raw("<!-- more -->"),
        P(
            "Theo kế hoạch, mỗi đội viên thu gom tối thiểu 3 kg giấy vụn hoặc 30 vỏ lon nhôm; các chi đội nộp "
            "sản phẩm về Liên đội vào sáng thứ Bảy hằng tuần, bắt đầu từ ngày 07/11/2026."
        ),
        P(
            "Số tiền thu được sẽ dùng để mua sách vở, áo ấm tặng các bạn học sinh có hoàn cảnh khó khăn và góp "
            "vào quỹ “Đôi bạn cùng tiến” của Liên đội."
        ),
        P(
            "Năm học trước, phong trào đã thu được hơn 2,1 tấn giấy vụn, trao 45 suất quà cho học sinh khó khăn dịp Tết Nguyên đán."
        ),
        P(
            "Ban Chỉ huy Liên đội đề nghị các chi đội phân công cụ thể, ghi chép sổ sách rõ ràng và báo cáo kết "
            "quả vào cuối mỗi tháng."
        ),
        Raw('<p style="text-align: right;">Nguyễn Thị Thu Hằng – TPT Đội</p>'),
    ],
    authors=["Nguyễn Thị Thu Hằng"],
    opts={"enc": "entities"},
)

# 12. legacy text post typed in decomposed Unicode, "Theo <newspaper>" closing line
S12 = Story(
    12,
    "doi-vien-y-khang-nie-nhat-duoc-vi-tien-tra-lai-nguoi",
    "Đội viên Y Khang Niê nhặt được ví tiền, trả lại người đánh rơi",
    "Gương sáng đội viên",
    "2026-10-25T18:45:00+07:00",
    [
        P(
            "Trên đường đi học về, em Y Khang Niê, đội viên Chi đội 6A2, đã nhặt được một chiếc ví có hơn 5 "
            "triệu đồng cùng nhiều giấy tờ tùy thân và tìm cách trả lại cho người đánh rơi.",
            "lead",
        ),
        P(
            "Chiều 21/10/2026, khi đi ngang qua đoạn đường liên thôn 3 – thôn 5, Y Khang phát hiện chiếc ví màu "
            "đen rơi bên lề đường. Em đã mang chiếc ví đến trụ sở Công an xã Hòa Phú nhờ tìm người mất."
        ),
        P(
            "Qua giấy tờ trong ví, Công an xã đã liên hệ được với chủ nhân là bà H’Lan Mlô (trú thôn 5). Nhận "
            "lại tài sản, bà H’Lan xúc động cảm ơn và gửi tặng em một phần quà nhưng Y Khang xin phép không nhận."
        ),
        P(
            "Hành động đẹp của Y Khang đã được Ban giám hiệu nhà trường tuyên dương trước toàn trường trong buổi "
            "chào cờ đầu tuần."
        ),
        Raw(
            '<p style="text-align:right"><em>Theo <a href="https://baodaklak.vn/xa-hoi/202610/doi-vien-nho-nhat-'
            'duoc-vi-tien-tra-lai-nguoi-danh-roi-a1b2c3/" target="_blank">Báo Đắk Lắk</a></em></p>'
        ),
    ],
    source="Báo Đắk Lắk",
    summary=(
        "Trên đường đi học về, em Y Khang Niê, đội viên Chi đội 6A2, đã nhặt được một chiếc ví có hơn 5 "
        "triệu đồng cùng nhiều giấy tờ tùy thân và tìm cách trả lại cho người đánh rơi."
    ),
    opts={"enc": "nfd"},
)

# 13. legacy text post with a poem (br-split lines) and a unit signing alone
S13 = Story(
    13,
    "chi-doi-6a3-sinh-hoat-chuyen-de-me-nguoi-phu-nu-em",
    "Chi đội 6A3 sinh hoạt chuyên đề “Mẹ – người phụ nữ em yêu” nhân ngày 20/10",
    "Hoạt động Đội",
    "2026-10-20T09:45:00+07:00",
    [
        P(
            "Chào mừng 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 – 20/10/2026), chiều "
            "19/10, Chi đội 6A3 đã tổ chức buổi sinh hoạt chuyên đề “Mẹ – người phụ nữ em yêu” với sự tham dự "
            "của các mẹ học sinh trong lớp."
        ),
        Raw("<!-- more -->"),
        P("Mở đầu chương trình, bạn Nguyễn Khánh Linh đọc bài thơ do chính em sáng tác:"),
        P("Mẹ đi từ lúc tinh sương,", "v"),
        P("Gánh rau ra chợ, dặm đường còn mưa.", "v"),
        P("Con ngồi học giữa ban trưa,", "v"),
        P("Thương đôi vai mẹ nắng mưa dãi dầu.", "v"),
        Img(
            f"{IMG}/tumblr_n7vq2k5Ph31rt9d1so1_1280.jpg",
            "Các mẹ và các bạn Chi đội 6A3 chụp ảnh lưu niệm",
            "Các mẹ và các bạn Chi đội 6A3 chụp ảnh lưu niệm",
            "small",
        ),
        P(
            "Tiếp đó là phần thi “Hiểu mẹ bao nhiêu?”, các bạn trả lời những câu hỏi về món ăn mẹ thích, ngày "
            "sinh của mẹ… khiến nhiều mẹ bất ngờ và xúc động."
        ),
        P(
            "Buổi sinh hoạt khép lại bằng những bông hoa giấy do các bạn tự tay làm tặng mẹ cùng lời hứa chăm "
            "ngoan, học giỏi."
        ),
        Raw('<p style="text-align:right"><b><i>Chi đội 6A3</i></b></p>'),
    ],
    authors=["Chi đội 6A3"],
)

# 14. pinned legacy text post: ordered list, "Xem thêm:" line
S14 = Story(
    14,
    "dai-hoi-lien-doi-th-thcs-vo-thi-sau-nhiem-ky-2026-2027",
    "Đại hội Liên đội TH&THCS Võ Thị Sáu nhiệm kỳ 2026 – 2027",
    "Hoạt động Đội",
    "2026-10-15T16:20:00+07:00",
    [
        P(
            "Chiều ngày 14/10/2026, Liên đội TH&THCS Võ Thị Sáu long trọng tổ chức Đại hội Liên đội nhiệm kỳ "
            "2026 – 2027 với sự tham dự của 48 đại biểu là chi đội trưởng, chi đội phó và đội viên ưu tú của "
            "16 chi đội."
        ),
        Raw("<!-- more -->"),
        P(
            "Đại hội đã nghe báo cáo tổng kết công tác Đội và phong trào thiếu nhi nhiệm kỳ 2025 – 2026: toàn "
            "Liên đội có 96% đội viên đạt danh hiệu “Con ngoan, trò giỏi”; Liên đội được Hội đồng Đội tỉnh Đắk "
            "Lắk tặng Bằng khen “Liên đội mạnh xuất sắc”."
        ),
        P("Đại hội đã bầu Ban Chỉ huy Liên đội nhiệm kỳ mới gồm 9 đồng chí, trong đó:"),
        P("Liên đội trưởng: Đinh Gia Bảo (8A2);", "oli"),
        P("Liên đội phó phụ trách học tập: Phạm Ngọc Ánh (9A1);", "oli"),
        P("Liên đội phó phụ trách văn thể: H’ Nhi Byă (7A2).", "oli"),
        P(
            "Phát biểu tại Đại hội, thầy Trương Công Định, Phó Hiệu trưởng nhà trường, ghi nhận những kết quả "
            "nổi bật của Liên đội và đề nghị Ban Chỉ huy mới phát huy vai trò tự quản của đội viên."
        ),
        Raw(
            '<p><b>Xem thêm:</b> <a href="/ban-chi-huy">Danh sách Ban Chỉ huy Liên đội nhiệm kỳ 2026 – 2027</a></p>'
        ),
    ],
)

# 15. photo post without any byline
S15 = Story(
    15,
    "cuoc-thi-ve-tranh-em-voi-an-toan-giao-thong-khoi",
    "🎨 CUỘC THI VẼ TRANH “EM VỚI AN TOÀN GIAO THÔNG” – KHỐI TIỂU HỌC",
    "An toàn giao thông",
    "2026-10-10T15:00:00+07:00",
    [
        Img(f"{IMG}/tumblr_m3xk9ht1Qz1sp2f7lo1_1280.jpg"),
        P(
            "Trong tuần đầu tháng 10, hơn 150 bạn học sinh khối 3, 4, 5 đã tham gia cuộc thi vẽ tranh “Em với "
            "an toàn giao thông” do Liên đội phát động."
        ),
        P(
            "Ban giám khảo đã chọn ra 12 bức tranh đẹp nhất để trưng bày tại thư viện nhà trường. Giải Nhất "
            "thuộc về bức tranh “Đi bộ qua đường an toàn” của bạn Trần Gia Hân (lớp 4B)."
        ),
        P("Mời các bạn ghé thư viện xem triển lãm từ ngày 12/10 đến hết ngày 23/10/2026 nhé! 🖍️"),
    ],
)


def _n(kind: str, blog: str, extra: str = "") -> tuple[str, str, str]:
    return (kind, blog, extra)


POSTS: list[Post] = [
    Post(
        802921760329662464,
        S1.slug,
        "text",
        dt.datetime(2026, 12, 3, 7, 15),
        ["Thông báo"],
        S1,
        notes=[_n("like", "nhatminh-9a1"), _n("like", "gaumeo-7a2"), _n("original_post", BLOG)],
    ),
    Post(
        802779511458267136,
        S2.slug,
        "photoset",
        dt.datetime(2026, 12, 1, 17, 10),
        ["nghi thức đội", "Hoạt động Đội"],
        S2,
        key="r1c7vb2Hs81wq5n0k",
        notes=[
            _n(
                "reply",
                "hoaphuongdo-2k12",
                "Chúc mừng chi đội 8A2 ạ 🎉🎉 năm sau 7A3 quyết lấy giải Nhất!",
            ),
            _n("reblog", "doanxa-hoaphu"),
            _n("like", "kimoanh-tpt"),
            _n("original_post", BLOG),
        ],
    ),
    Post(
        802476630902276096,
        S3.slug,
        "text",
        dt.datetime(2026, 11, 28, 9, 30),
        ["Gương sáng đội viên"],
        S3,
        notes=[
            _n("reply", "gaumeo-7a2", "Trâm giỏi quá, cả lớp 7A1 tự hào về bạn 💙"),
            _n("original_post", BLOG),
        ],
    ),
    Post(
        802314505128394752,
        S4.slug,
        "reblog",
        dt.datetime(2026, 11, 26, 14, 50),
        ["Hoạt động Đội"],
        S4,
        notes=[_n("reblog_of", BLOG, NQ), _n("like", "nhatminh-9a1"), _n("original_post", NQ)],
    ),
    Post(
        801765872240762880,
        S5.slug,
        "photo",
        dt.datetime(2026, 11, 20, 0, 0),
        ["20-11", "Hoạt động Đội"],
        S5,
        key="q0w8ne2Lk81yh5c3v",
        notes=[
            _n("like", "hoaphuongdo-2k12"),
            _n("reblog", "doanxa-hoaphu"),
            _n("original_post", BLOG),
        ],
    ),
    Post(
        801751290133741568,
        "tiet-muc-mua-bui-phan-cua-chi-doi-7a2",
        "video",
        dt.datetime(2026, 11, 19, 20, 10),
        ["20-11", "Hoạt động Đội"],
        caption_html="<p>🎶 Tiết mục múa “Bụi phấn” của Chi đội 7A2 tập luyện chuẩn bị cho Lễ kỷ niệm 20/11. "
        "Các bạn xem và ủng hộ nhé!</p>",
        notes=[_n("like", "gaumeo-7a2"), _n("original_post", BLOG)],
    ),
    Post(
        801581934109622272,
        S7.slug,
        "npf",
        dt.datetime(2026, 11, 17, 23, 5),
        ["An toàn giao thông"],
        S7,
        notes=[
            _n("reply", "nhatminh-9a1", "9A1 đỉnh nóc kịch trần 🔔"),
            _n("like", "kimoanh-tpt"),
            _n("original_post", BLOG),
        ],
    ),
    Post(
        801080431265513472,
        S9.slug,
        "photo",
        dt.datetime(2026, 11, 12, 10, 20),
        ["An toàn giao thông"],
        S9,
        key="s2c6mx9Kd01zu4e8b",
        notes=[_n("like", "doanxa-hoaphu"), _n("original_post", BLOG)],
    ),
    Post(
        800818213654626304,
        S8.slug,
        "text",
        dt.datetime(2026, 11, 9, 12, 30),
        ["Thông báo", "nghi thức đội"],
        S8,
        notes=[_n("original_post", BLOG)],
    ),
    Post(
        800270541877968896,
        "mot-so-hinh-anh-le-ra-quan-ke-hoach-nho-nam",
        "album",
        dt.datetime(2026, 11, 3, 11, 0),
        ["Kế hoạch nhỏ", "Hoạt động Đội"],
        caption_html="<p>📸 Một số hình ảnh Lễ ra quân “Kế hoạch nhỏ” năm học 2026 – 2027 của Liên đội.</p>",
        key="t5hj2nq8Wc1yk0p3a",
        notes=[_n("like", "hoaphuongdo-2k12"), _n("original_post", BLOG)],
    ),
    Post(
        799893364019429376,
        S11.slug,
        "text",
        dt.datetime(2026, 10, 30, 7, 30),
        ["Kế hoạch nhỏ", "Hoạt động Đội"],
        S11,
        notes=[_n("reblog", "doanxa-hoaphu"), _n("original_post", BLOG)],
    ),
    Post(
        799481870736637952,
        S12.slug,
        "text",
        dt.datetime(2026, 10, 25, 18, 45),
        ["Gương sáng đội viên"],
        S12,
        notes=[
            _n(
                "reply",
                "kimoanh-tpt",
                "Em ngoan quá! Cô sẽ chia sẻ cho Liên đội Ngô Quyền học tập.",
            ),
            _n("original_post", BLOG),
        ],
    ),
    Post(
        798993551287402496,
        S13.slug,
        "text",
        dt.datetime(2026, 10, 20, 9, 45),
        ["Hoạt động Đội"],
        S13,
        notes=[_n("like", "gaumeo-7a2"), _n("original_post", BLOG)],
    ),
    Post(
        798570118202114048,
        S14.slug,
        "text",
        dt.datetime(2026, 10, 15, 16, 20),
        ["Hoạt động Đội"],
        S14,
        notes=[_n("like", "nhatminh-9a1"), _n("like", "kimoanh-tpt"), _n("original_post", BLOG)],
        pinned=True,
    ),
    Post(
        798112640571392000,
        S15.slug,
        "photo",
        dt.datetime(2026, 10, 10, 15, 0),
        ["An toàn giao thông"],
        S15,
        key="m3xk9ht1Qz1sp2f7l",
        notes=[_n("like", "hoaphuongdo-2k12"), _n("original_post", BLOG)],
    ),
]
BY_ID = {p.id: p for p in POSTS}
VIDEO = next(p for p in POSTS if p.kind == "video")
ALBUM = next(p for p in POSTS if p.kind == "album")
PHOTO_POSTS = [p for p in POSTS if p.kind == "photo"]
P2, P3, P12, P14 = (next(p for p in POSTS if p.story and p.story.id == n) for n in (2, 3, 12, 14))


# ----------------------------------------------------------------------------------------------
# rendering helpers


def fmt_date(when: dt.datetime) -> str:
    """{DayOfMonthWithZero}/{MonthNumberWithZero}/{Year} lúc {12Hour}:{Minutes} {CapitalAmPm}"""
    hour = when.hour % 12 or 12
    ampm = "AM" if when.hour < 12 else "PM"
    return f"ngày {when:%d/%m/%Y} lúc {hour}:{when:%M} {ampm}"


def time_ago(when: dt.datetime) -> str:
    days = (NOW - when).days
    if days < 1:
        hours = max(1, (NOW - when).seconds // 3600)
        return f"{hours} hours ago"
    if days < 7:
        return "1 day ago" if days == 1 else f"{days} days ago"
    if days < 30:
        weeks = days // 7
        return "1 week ago" if weeks == 1 else f"{weeks} weeks ago"
    months = days // 30
    return "1 month ago" if months == 1 else f"{months} months ago"


def epoch(when: dt.datetime) -> int:
    return int((when - UTC_OFFSET).replace(tzinfo=dt.UTC).timestamp())


def gmt(when: dt.datetime) -> str:
    return (when - UTC_OFFSET).strftime("%Y-%m-%d %H:%M:%S GMT")


def note_count(post: Post) -> int:
    return 3 + post.id // 1000 % 29


def reblog_key(post: Post) -> str:
    return format(post.id % 0xFFFFFFFFFF, "x")[:8]


def _flush(run: list[P], out: list[str]) -> None:
    if not run:
        return
    kind = run[0].style
    if kind in ("li", "oli"):
        tag = "ol" if kind == "oli" else "ul"
        out.append(f"<{tag}>" + "".join(f"<li>{esc(p.text)}</li>" for p in run) + f"</{tag}>")
    elif kind in ("th", "tr"):
        rows = []
        for p in run:
            cell = "th" if p.style == "th" else "td"
            rows.append(
                "<tr>"
                + "".join(
                    f'<{cell} style="border:1px solid #999;padding:4px">{esc(c)}</{cell}>'
                    for c in p.text.split(" | ")
                )
                + "</tr>"
            )
        out.append(
            '<table style="border-collapse:collapse;width:100%" border="1" cellpadding="4"><tbody>'
            + "".join(rows)
            + "</tbody></table>"
        )
    elif kind == "v":
        out.append(
            "<blockquote><p>" + "<br>\n".join(esc(p.text) for p in run) + "</p></blockquote>"
        )
    run.clear()


def _img_html(img: Img, mode: str) -> str:
    if mode == "npf":
        srcset = ", ".join(
            f"{img.src.replace('s1280x1920', s)} {w}w"
            for s, w in (("s400x600", 400), ("s640x960", 640), ("s1280x1920", 1280))
        )
        out = (
            '<div class="npf_row"><figure class="tmblr-full" data-orig-height="960" data-orig-width="1280">'
            f'<img src="{esc(img.src)}" data-orig-height="960" data-orig-width="1280" srcset="{esc(srcset)}" '
            'sizes="(max-width: 540px) 100vw, 540px"/></figure></div>'
        )
        if img.printed:
            out += f"<p><i>{esc(img.printed)}</i></p>"
        return out
    out = f'<p style="text-align:center"><img src="{esc(img.src)}" alt="" width="540" /></p>'
    if img.printed and img.style == "em":
        out += f'<p style="text-align:center"><em>{esc(img.printed)}</em></p>'
    elif img.printed and img.style == "small":
        out += f'<p style="text-align:center"><span style="font-size:11px;color:#777">{esc(img.printed)}</span></p>'
    return out


def render_blocks(
    blocks: list, mode: str, *, cut: bool = False, skip_images: bool = False
) -> tuple[str, bool]:
    """Body HTML of a post; with ``cut``, only what comes before ``<!-- more -->``."""
    out: list[str] = []
    run: list[P] = []
    was_cut = False
    for block in blocks:
        if isinstance(block, P) and block.style in ("li", "oli", "th", "tr", "v"):
            group = {"th": "tr"}.get(block.style, block.style)
            if run and {"th": "tr"}.get(run[0].style, run[0].style) != group:
                _flush(run, out)
            run.append(block)
            continue
        _flush(run, out)
        if isinstance(block, Raw):
            if block.html == "<!-- more -->":
                if cut:
                    was_cut = True
                    break
                out.append("<!-- more -->")
            else:
                out.append(block.html)
        elif isinstance(block, Img):
            if not skip_images:
                out.append(_img_html(block, mode))
        else:
            t = esc(block.text)
            style = block.style
            if style == "lead":
                out.append(f"<p><strong>{t}</strong></p>")
            elif style == "h2":
                out.append(f"<h2>{t}</h2>")
            elif style == "b":
                out.append(f"<p><b>{t}</b></p>")
            elif style == "q":
                out.append(f"<blockquote><p>{t}</p></blockquote>")
            elif style == "j":
                out.append(f'<p style="text-align: justify;">{t}</p>')
            else:
                out.append(f"<p>{t}</p>")
    _flush(run, out)
    return "\n".join(out), was_cut


def encode_post_text(post: Post, markup: str) -> str:
    enc = post.story.opts.get("enc") if post.story else None
    if enc == "entities":
        return entity_mix(markup, 2)
    if enc == "nfd":
        return unicodedata.normalize("NFD", markup)
    return markup


def photo_src(src: str, size: int) -> str:
    return src.replace("_1280.", f"_{size}.")


def post_summary(post: Post) -> str:
    """Tumblr's {PostSummary}: a title, or the start of the caption's text, cut with an ellipsis."""
    if post.kind in ("text", "reblog", "npf") or post.story is None:
        return post.title
    words = " ".join([post.title, *(p.text for p in post.story.blocks if isinstance(p, P))])
    return words[:110].rsplit(" ", 1)[0] + "…"


def photos_html(post: Post, permalink_page: bool) -> str:
    assert post.story
    imgs = post.story.images
    size = 1280 if permalink_page else 500
    if post.kind == "photo":
        img = imgs[0]
        href = f"/image/{post.id}" if permalink_page else post.permalink
        return (
            f'<div class="anh-bv"><a href="{href}"><img src="{esc(photo_src(img.src, size))}" alt="" '
            'data-orig-width="1280" data-orig-height="960"></a></div>'
        )
    rows = [imgs[:1], imgs[1:]]
    parts = ['<div class="bo-anh" data-bo="13">']
    for row in rows:
        parts.append(f'<div class="hang-anh" style="display:flex;gap:4px" data-n="{len(row)}">')
        for img in row:
            parts.append(
                f'<div class="o-anh"><a class="pz" href="{esc(img.src)}" data-cap="{esc(img.printed or "")}">'
                f'<img src="{esc(photo_src(img.src, size))}" alt=""></a>'
                + (f'<span class="chu-anh">{esc(img.printed)}</span>' if img.printed else "")
                + "</div>"
            )
        parts.append("</div>")
    parts.append("</div>")
    return "\n".join(parts)


def tags_html(post: Post) -> str:
    return (
        '<div class="the">'
        + " ".join(f'<a href="{tag_url(t)}">#{esc(t)}</a>' for t in post.tags)
        + "</div>"
    )


def post_html(post: Post, *, permalink_page: bool) -> str:
    """One post as the theme prints it, on a listing (cut) or on its permalink page (whole)."""
    perm = post.permalink
    cls = f"bv bv-{post.kind}" + (" bv-ct" if permalink_page else "")
    parts = [f'<article class="{cls}" id="bv{post.id}">']
    if post.pinned and not permalink_page:
        parts.append('<div class="ghim">📌 Bài viết đã ghim</div>')
    if post.kind == "reblog":
        parts.append(
            f'<div class="dl-tu">↻ Đăng lại từ <a href="{NQ_POST}" target="_blank">{NQ}</a></div>'
        )
    date_line = (
        f'<div class="tgd"><a href="{perm}" data-ts="{epoch(post.when)}">{fmt_date(post.when)}</a></div>'
        if permalink_page
        else ""
    )
    if post.kind in ("photo", "photoset"):
        parts.append(photos_html(post, permalink_page))
    if post.kind == "video":
        parts.append(
            '<div class="vid"><iframe width="540" height="304" src="https://www.youtube.com/embed/5hT2kq0ZpLw?'
            'feature=oembed&amp;enablejsapi=1" frameborder="0" allowfullscreen></iframe></div>'
        )
    if post.kind == "album":
        parts.append(
            f'<iframe id="photoset_iframe_{post.id}" class="photoset" scrolling="no" frameborder="0" height="700" '
            f'width="500" style="border:0px; background-color:transparent; overflow:hidden;" '
            f'src="/post/{post.id}/photoset_iframe/{BLOG}/tumblr_{post.key}/500/false"></iframe>'
        )
    parts.append(date_line)
    if post.story is None:
        parts.append(f'<div class="nd">{post.caption_html}</div>')
    else:
        story = post.story
        if post.kind in ("text", "reblog"):
            parts.append(
                f'<h3 class="tt"><a href="{perm}">{encode_post_text(post, esc(story.title))}</a></h3>'
            )
        mode = "npf" if post.kind == "npf" else "legacy"
        body, was_cut = render_blocks(
            story.blocks,
            mode,
            cut=not permalink_page,
            skip_images=post.kind in ("photo", "photoset"),
        )
        if post.kind == "npf":
            body = f"<h1>{esc(story.title)}</h1>\n" + body
        if post.kind in ("photo", "photoset"):
            body = f"<p><b>{esc(story.title)}</b></p>\n" + body
        body = encode_post_text(post, body)
        if was_cut:
            body += f'\n<p class="read_more_container"><a href="{perm}" class="read_more">Keep reading</a></p>'
        parts.append(f'<div class="nd">\n{body}\n</div>')
    if post.kind == "reblog" and permalink_page:
        parts.append(f'<div class="ng">Nguồn: <a href="{NQ_POST}" target="_blank">{NQ}</a></div>')
    if permalink_page:
        parts.append(tags_html(post))
        parts.append(f'<div class="dang-boi">Đăng bởi <a href="/">{BLOG}</a></div>')
        parts.append(
            '<div class="cong-cu">'
            f'<a class="cc-fb" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fliendoivothisau.com{quote(perm, safe="")}" target="_blank">Chia sẻ</a> · '
            f'<a class="cc-zl" href="https://zalo.me/share?u=https%3A%2F%2Fliendoivothisau.com{quote(perm, safe="")}" target="_blank">Zalo</a> · '
            '<a class="cc-in" href="javascript:window.print()">🖨 In bài</a> · '
            f'<a class="cc-rb" href="https://www.tumblr.com/reblog/{post.id}/{reblog_key(post)}" target="_blank">Reblog</a>'
            "</div>"
        )
    else:
        parts.append(
            f'<div class="bv-chan"><a class="tg" href="{perm}">{time_ago(post.when)}</a> · '
            f'<a href="{perm}#notes">{note_count(post)} ghi chú</a> {tags_html(post)}</div>'
        )
    parts.append("</article>")
    return "\n".join(p for p in parts if p)


def notes_html(post: Post) -> str:
    items = []
    for kind, blog, extra in post.notes:
        link = f'<a rel="nofollow" href="https://{blog}.tumblr.com/" class="tumblelog" title="{blog}">{blog}</a>'
        avatar = (
            f'<a rel="nofollow" class="avatar_frame" target="_blank" href="https://{blog}.tumblr.com/">'
            f'<img src="https://64.media.tumblr.com/avatar_{sum(map(ord, blog)) * 7919 % 10**6:06d}_16.pnj" class="avatar" alt=""/></a>'
        )
        if kind == "like":
            action = f"{link} liked this"
        elif kind == "reply":
            action = f'{link} said: <span class="answer_content">{esc(extra)}</span>'
        elif kind == "reblog":
            action = f'{link} reblogged this from <a rel="nofollow" href="/" class="source_tumblelog">{BLOG}</a>'
        elif kind == "reblog_of":
            action = (
                f'<a rel="nofollow" href="/" class="tumblelog">{blog}</a> reblogged this from '
                f'<a rel="nofollow" href="https://{extra}.tumblr.com/" class="source_tumblelog">{extra}</a>'
            )
        else:
            action = f"{link} posted this"
        items.append(
            f'<li class="note {kind} tumblelog_{blog}">{avatar}<span class="action">{action}</span><div class="clear"></div></li>'
        )
    more = (
        f'<li class="note more_notes_link_container"><a class="more_notes_link" href="#" onclick="this.style.display=\'none\';'
        f"tumblrReq.open('GET','/notes/{post.id}/{reblog_key(post)}?from_c={epoch(post.when)}',true);return false;\">"
        "Xem thêm ghi chú</a></li>"
    )
    return (
        f'<div id="notes"><h4>{note_count(post)} ghi chú</h4><ol class="notes">'
        + "\n".join(items)
        + more
        + "</ol></div>"
    )


# ----------------------------------------------------------------------------------------------
# page frame


def _sidebar() -> str:
    doc_nhieu = [
        (f"/post/{P3.id}/{OLD_SLUG_3}", "Hồ Ngọc Bảo Trâm – cô đội viên nhỏ giàu nghị lực"),
        (f"{P2.permalink}?source=share", "Hội thi Nghi thức – Chỉ huy Đội giỏi 2026 🥁"),
        (f"/post/{P12.id}", "Y Khang Niê trả lại ví tiền cho người đánh rơi"),
        (P14.permalink, "Đại hội Liên đội nhiệm kỳ 2026 – 2027"),
    ]
    tag_cloud = " ".join(f'<a href="{tag_url(t)}">{esc(t)}</a>' for t in [*SECTIONS, *OTHER_TAGS])
    return f"""<div id="cot-phai">
<div class="khoi" id="k-gt"><img src="/media/avatar_liendoivts_128.png" class="avt" alt="avatar" width="96">
<div class="mota"><p>Trang tin của <b>Liên đội TH&amp;THCS Võ Thị Sáu</b> – xã Hòa Phú, tỉnh Đắk Lắk. Nơi các chi đội chia sẻ
hoạt động, gương người tốt việc tốt và những thông báo của Ban Chỉ huy Liên đội 💙❤️</p>
<p>Bài viết, hình ảnh gửi về hộp thư Liên đội hoặc trang <a href="/ask">Hỏi – Đáp</a>.</p></div></div>
<div class="khoi" id="k-dn"><div class="khoi-td">📌 ĐỌC NHIỀU</div><ul class="ds-dn">
{"".join(f'<li><a href="{esc(href)}">{esc(title)}</a></li>' for href, title in doc_nhieu)}
</ul></div>
<div class="khoi" id="k-tbao"><div class="khoi-td">THÔNG BÁO</div>
<marquee direction="up" scrollamount="2" height="80" onmouseover="this.stop()" onmouseout="this.start()">
<p>⏰ Hạn chót đăng ký trại sinh Hội trại “Tiến bước lên Đoàn”: <b>12/12/2026</b>. Xem <a href="{POSTS[0].permalink}">thông báo</a>.</p>
<p>🎒 Các chi đội nộp sản phẩm Kế hoạch nhỏ vào sáng thứ Bảy hằng tuần.</p></marquee></div>
<div class="khoi" id="k-bc"><div class="khoi-td">BÌNH CHỌN</div>
<form action="https://www.poll-maker.com/poll4821937x1a2B3c4D-152" method="post" target="_blank">
<p>Em thích hoạt động nào của Liên đội nhất?</p>
<label><input type="radio" name="qp_v4821937" value="1"> Hội trại</label><br>
<label><input type="radio" name="qp_v4821937" value="2"> Kế hoạch nhỏ</label><br>
<label><input type="radio" name="qp_v4821937" value="3"> Văn nghệ 20/11</label><br>
<label><input type="radio" name="qp_v4821937" value="4"> Rung chuông vàng</label><br>
<input type="submit" value="Bình chọn"> <a href="https://www.poll-maker.com/results4821937x1a2B3c4D-152" target="_blank">Xem kết quả</a>
</form></div>
<div class="khoi" id="k-tk"><div class="khoi-td">THỐNG KÊ TRUY CẬP</div>
<table class="tk"><tr><td>👥 Đang online:</td><td>4</td></tr><tr><td>📅 Hôm nay:</td><td>63</td></tr>
<tr><td>📈 Tổng truy cập:</td><td>48.217</td></tr></table>
<script type="text/javascript">var _Hasync= _Hasync|| [];_Hasync.push(['Histats.start', '1,4481327,4,0,0,0,00010000']);</script>
<noscript><a href="https://www.histats.com" target="_blank"><img src="https://sstatic1.histats.com/0.gif?4481327&amp;101" alt="" border="0"></a></noscript></div>
<div class="khoi" id="k-lk"><div class="khoi-td">LIÊN KẾT</div><ul>
<li><a href="https://doandaklak.org.vn/" target="_blank">Tỉnh Đoàn – Hội đồng Đội tỉnh Đắk Lắk</a></li>
<li><a href="https://thieunien.vn/" target="_blank">Báo Thiếu niên Tiền phong và Nhi đồng</a></li>
<li><a href="https://{NQ}.tumblr.com/" target="_blank">Liên đội THCS Ngô Quyền</a></li>
<li><a href="https://thcsvothisau-hoaphu.edu.vn/" target="_blank">Website nhà trường</a></li></ul></div>
<div class="khoi" id="k-the"><div class="khoi-td">THẺ</div><div class="may-the">{tag_cloud}</div></div>
</div>"""


def _menu() -> str:
    sections = "".join(f'<li><a href="{menu_tag_url(t)}">{esc(t)}</a></li>' for t in SECTIONS)
    return f"""<div id="thanh-menu"><ul class="mn">
<li><a href="/">Trang chủ</a></li>
<li class="co-con"><a href="/gioi-thieu">Giới thiệu ▾</a><ul class="mn-con">
<li><a href="/gioi-thieu">Liên đội ta</a></li><li><a href="/ban-chi-huy">Ban Chỉ huy Liên đội</a></li></ul></li>
<li class="co-con"><a href="javascript:void(0)">Chuyên mục ▾</a><ul class="mn-con">{sections}</ul></li>
<li><a href="/archive">Lưu trữ</a></li>
<li><a href="/ask">Hỏi – Đáp</a></li>
<li><a href="https://thcsvothisau-hoaphu.edu.vn/" target="_blank">Trường ta</a></li>
</ul>
<form id="tim" action="/search" method="get"><input type="text" name="q" placeholder="Tìm bài viết..."><button type="submit">🔍</button></form>
</div>"""


def frame(
    req: Request, title: str, main: str, *, head: str = "", crumb: str = "", body_id: str = "index"
) -> str:
    base = base_url(req)
    crumbs = f'<div class="duong-dan"><a href="/">Trang chủ</a> › {crumb}</div>' if crumb else ""
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<script type="text/javascript" src="https://assets.tumblr.com/assets/scripts/tumblelog_post_message_queue.js?_v=2c7c4a4d37ef0b2c"></script>
<meta name="tumblr-theme" content="7740156">
<link rel="shortcut icon" href="/favicon.ico">
<link rel="alternate" type="application/rss+xml" title="RSS" href="{base}/rss">
<meta property="og:site_name" content="{esc(SITE)}">
<meta name="twitter:site" content="tumblr">
{head}
<link rel="stylesheet" href="https://static.tumblr.com/zyxwvut/khanquangdo-v3.css">
<style>
#bao{{max-width:1000px;margin:0 auto}} #giua{{display:flex;gap:16px}} #cot-chinh{{flex:1}} #cot-phai{{width:280px}}
.mn-con{{display:none}} .co-con:hover .mn-con{{display:block}} .khoi-td{{background:#c8102e;color:#fff;padding:4px 8px}}
.bv{{border-bottom:1px dashed #ccc;padding:12px 0}} .tt{{color:#c8102e}} .the a{{margin-right:6px;color:#777}}
</style>
</head>
<body id="{body_id}">
<iframe id="tumblr_controls" scrolling="no" frameborder="0" style="position:absolute;z-index:2147483647;top:0;right:0;border:0;width:189px;height:29px" src="https://www.tumblr.com/assets/html/iframe/o.html?_v=2c7c4a4d#src=http%3A%2F%2F{quote(req.headers.get("Host", "127.0.0.1"))}%2F&amp;lang=vi_VN&amp;name={BLOG}"></iframe>
<div id="bao">
<div id="dau-trang">
<div class="ngay-hom-nay"><span id="homnay">{TODAY_LINE}</span> | <a href="/rss">RSS</a> | <a href="https://www.facebook.com/liendoivothisau.hoaphu" target="_blank">Fanpage</a></div>
<h1 class="ten-blog"><a href="/">LIÊN ĐỘI TH&amp;THCS VÕ THỊ SÁU</a></h1>
<div class="khau-hieu">“Vì Tổ quốc xã hội chủ nghĩa, vì lý tưởng của Bác Hồ vĩ đại: Sẵn sàng!”</div>
</div>
{_menu()}
{crumbs}
<div id="giua">
<div id="cot-chinh">
{main}
</div>
{_sidebar()}
</div>
<div id="chan-trang">
<p><b>LIÊN ĐỘI TRƯỜNG TH&amp;THCS VÕ THỊ SÁU</b></p>
<p>Địa chỉ: Thôn 4, xã Hòa Phú, tỉnh Đắk Lắk – Điện thoại: 0262 3 812 456 – Email: liendoi.vothisau@gmail.com</p>
<p>© 2026 Ban Chỉ huy Liên đội. Giao diện “Khăn quàng đỏ” thiết kế bởi <a href="https://nhatminh-9a1.tumblr.com/" target="_blank">@nhatminh-9a1</a> · Powered by <a href="https://www.tumblr.com/" target="_blank">Tumblr</a></p>
</div>
</div>
<script type="text/javascript">/* infinite scroll */ (function(){{var n=document.getElementById('trang-sau');if(!n)return;window.addEventListener('scroll',function(){{/* tải trang kế tiếp */}});}})();</script>
<img src="https://px.srvcs.tumblr.com/impixu?T={int(NOW.timestamp())}&amp;J=eyJ0eXBlIjoidXJsIn0=&amp;U=ANMGLHMDON&amp;K=a1c9" width="1" height="1" alt="" style="display:none">
</body>
</html>"""


# ----------------------------------------------------------------------------------------------
# the site


def timeline() -> list[Post]:
    return sorted(POSTS, key=lambda p: p.when, reverse=True)


def pager(prefix: str, page: int, pages: int) -> str:
    def at(n: int) -> str:
        return prefix.rstrip("/") + f"/page/{n}" if n > 1 else (prefix or "/")

    links = []
    if page > 1:
        links.append(f'<a id="trang-truoc" href="{at(page - 1)}">« Mới hơn</a>')
    if page < pages:
        links.append(f'<a id="trang-sau" href="{at(page + 1)}">Cũ hơn »</a>')
    return f'<div id="phan-trang" style="display:none">{" ".join(links)} <span>Trang {page}/{pages}</span></div>'


class TumblrSchoolSite:
    def respond(self, req: Request) -> Response | None:
        if req.method not in ("GET", "HEAD"):
            return None
        raw = req.path
        path = unicodedata.normalize("NFC", unquote(raw))
        if path.startswith("/media/"):
            return static_file(path)
        if path == "/favicon.ico":
            return static_file(path)
        if path in ("/", "/page/1"):
            return self.listing(req, timeline(), 1, "", "Trang chủ", pinned=True)
        m = re.fullmatch(r"/page/(\d+)", path)
        if m:
            return self.listing(req, timeline(), int(m.group(1)), "", "Trang chủ", pinned=False)
        m = re.fullmatch(r"/tagged/([^/]+)(?:/page/(\d+))?", path)
        if m:
            key = tag_key(m.group(1))
            posts = [p for p in timeline() if any(tag_key(t) == key for t in p.tags)]
            if not posts:
                return None
            prefix = raw.split("/page/")[0]
            return self.listing(
                req,
                posts,
                int(m.group(2) or 1),
                prefix,
                f"Thẻ: #{m.group(1).replace('-', ' ')}",
                tag=key,
            )
        m = re.fullmatch(r"/post/(\d+)(?:/([^/]*))?", path)
        if m:
            post = BY_ID.get(int(m.group(1)))
            return self.permalink(req, post) if post else None
        m = re.fullmatch(r"/post/(\d+)/photoset_iframe/" + BLOG + r"/tumblr_(\w+)/500/false", path)
        if m and int(m.group(1)) == ALBUM.id and m.group(2) == ALBUM.key:
            return self.photoset_iframe(ALBUM)
        m = re.fullmatch(r"/image/(\d+)", path)
        if m:
            post = BY_ID.get(int(m.group(1)))
            return self.image_page(req, post) if post and post.kind == "photo" else None
        if path == "/archive":
            return self.archive(req, None)
        m = re.fullmatch(r"/archive/2026/(\d{1,2})", path)
        if m and int(m.group(1)) in (10, 11, 12):
            return self.archive(req, int(m.group(1)))
        if path == "/rss":
            return self.rss(req)
        if path == "/search":
            q = req.params.get("q", "")
            return redirect("/search/" + quote(q))
        m = re.fullmatch(r"/search/(.*)", path)
        if m:
            return self.search(req, m.group(1))
        if path == "/gioi-thieu":
            return self.custom_page(req, "Giới thiệu Liên đội", INTRO_HTML)
        if path == "/ban-chi-huy":
            return self.custom_page(req, "Ban Chỉ huy Liên đội nhiệm kỳ 2026 – 2027", BCH_HTML)
        if path == "/ask":
            return self.custom_page(req, "Hỏi – Đáp", ASK_HTML)
        return None

    # -- listings
    def listing(
        self,
        req: Request,
        posts: list[Post],
        page: int,
        prefix: str,
        crumb: str,
        *,
        pinned: bool = False,
        tag: str | None = None,
    ) -> Response:
        pages = max(1, -(-len(posts) // PER_PAGE))
        chunk = posts[(page - 1) * PER_PAGE : page * PER_PAGE]
        items = []
        if pinned and page == 1:
            items.append(post_html(P14, permalink_page=False))
        items += [post_html(p, permalink_page=False) for p in chunk]
        if not chunk:
            items.append('<div class="trong">Không có bài viết nào.</div>')
        head_title = SITE if tag is None else f"{SITE} — #{tag}"
        heading = f'<div class="td-the"><h2>#{esc(tag)}</h2></div>' if tag else ""
        main = heading + "\n".join(items) + pager(prefix, page, pages)
        og = f'<meta property="og:type" content="website">\n<meta property="og:title" content="{esc(SITE)}">'
        return html(
            frame(req, head_title, main, head=og, crumb=esc(crumb) if tag or page > 1 else "")
        )

    # -- a post
    def permalink(self, req: Request, post: Post) -> Response:
        base = base_url(req)
        summary = post_summary(post)
        if post.story:
            summary = (
                encode_post_text(post, summary) if post.story.opts.get("enc") == "nfd" else summary
            )
        og_img = ""
        if post.story and post.story.images:
            og_img = f'<meta property="og:image" content="{base}{esc(post.story.images[0].src)}">'
        head = "\n".join(
            [
                f'<meta name="description" content="{esc(summary)}">',
                '<meta property="og:type" content="tumblr-feed:entry">',
                f'<meta property="og:url" content="{base}{post.permalink}">',
                f'<meta property="og:title" content="{esc(summary)}">',
                og_img,
                '<meta name="twitter:card" content="summary_large_image">',
                f'<meta property="al:android:url" content="tumblr://x-callback-url/blog?blogName={BLOG}&amp;postID={post.id}">',
                f'<link rel="alternate" href="android-app://com.tumblr/tumblr/x-callback-url/blog?blogName={BLOG}&amp;postID={post.id}">',
                f'<link rel="canonical" href="{base}{post.permalink}">',
            ]
        )
        line = timeline()
        i = line.index(post)
        nav = ['<div class="dieu-huong">']
        if i + 1 < len(line):
            nav.append(f'<a class="dh-cu" href="{line[i + 1].permalink}">‹ Bài cũ hơn</a>')
        if i > 0:
            nav.append(f'<a class="dh-moi" href="{line[i - 1].permalink}">Bài mới hơn ›</a>')
        nav.append("</div>")
        others = [p for p in line[i + 1 :] + line[:i] if p.story][:3]
        related = (
            '<div class="co-the-ban-quan-tam"><div class="khoi-td">CÓ THỂ BẠN QUAN TÂM</div><ul>'
            + "".join(
                f'<li><a href="{p.permalink}">{esc(p.title)}</a> <small>({p.when:%d/%m})</small></li>'
                for p in others
            )
            + "</ul></div>"
        )
        main = "\n".join(
            [
                post_html(post, permalink_page=True),
                "".join(nav),
                related,
                notes_html(post),
                '<div id="disqus_thread"></div><script>var disqus_shortname="liendoivts";</script>'
                "<noscript>Vui lòng bật JavaScript để xem bình luận.</noscript>",
            ]
        )
        return html(
            frame(
                req,
                f"{SITE} — {summary}",
                main,
                head=head,
                crumb="<span>Bài viết</span>",
                body_id="permalink",
            )
        )

    def image_page(self, req: Request, post: Post) -> Response:
        assert post.story
        src = post.story.images[0].src
        page = f"""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{esc(SITE)} - Image</title>
<meta name="viewport" content="width=device-width">
<style>body{{background:#222;margin:0;text-align:center}} #content-image{{max-width:100%;cursor:pointer}}</style></head>
<body><div id="content-wrapper"><a href="{post.permalink}" title="Nhấn để quay lại bài viết"><img id="content-image" src="{esc(src)}" alt="image"></a></div>
<p style="color:#999;font-size:12px">Nhấn vào ảnh để quay lại</p></body></html>"""
        return html(page)

    def photoset_iframe(self, post: Post) -> Response:
        imgs = "".join(
            f'<a href="/media/tumblr_{post.key}o{n}_1280.jpg" class="photoset_photo" rel="photoset_{post.id}" target="_blank">'
            f'<img src="/media/tumblr_{post.key}o{n}_500.jpg" alt="" width="163"></a>'
            for n in range(1, 7)
        )
        page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title></title>
<style>body{{margin:0}} .photoset_row{{overflow:hidden}}</style></head>
<body><div class="html_photoset"><div class="photoset_row photoset_row_3">{imgs}</div></div></body></html>"""
        return html(page)

    # -- Tumblr's own pages
    def archive(self, req: Request, month: int | None) -> Response:
        base = base_url(req)
        posts = [p for p in timeline() if month is None or p.when.month == month]
        state = {
            "Archive": {
                "blogName": BLOG,
                "month": month,
                "posts": [
                    {
                        "id": str(p.id),
                        "type": {
                            "npf": "text",
                            "album": "photo",
                            "photoset": "photo",
                            "reblog": "text",
                        }.get(p.kind, p.kind),
                        "postUrl": f"{base}/post/{p.id}",
                        "summary": post_summary(p),
                        "date": gmt(p.when),
                        "noteCount": note_count(p),
                    }
                    for p in posts
                ],
            }
        }
        blob = json.dumps(state, ensure_ascii=False).replace("/", "\\/")
        page = f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Lưu trữ | {esc(SITE)}</title>
<link rel="stylesheet" href="https://assets.tumblr.com/pop/css/archive-2b7f3c1e.css"></head>
<body class="archive">
<div id="base-container"><header class="archive-header"><a href="/">{esc(SITE)}</a> — Lưu trữ</header>
<select id="archive_filter_month" onchange="location.href=this.value"><option value="/archive">Mọi tháng</option>
<option value="/archive/2026/12">Tháng 12 2026</option><option value="/archive/2026/11">Tháng 11 2026</option>
<option value="/archive/2026/10">Tháng 10 2026</option></select>
<div id="archive-root" data-blog="{BLOG}"></div></div>
<noscript>Trang lưu trữ cần JavaScript để hiển thị.</noscript>
<script>window['___INITIAL_STATE___'] = {blob};</script>
<script src="https://assets.tumblr.com/pop/js/archive-8c1d2e.js"></script>
</body></html>"""
        return html(page)

    def rss(self, req: Request) -> Response:
        base = base_url(req)
        items = []
        for p in timeline():
            desc = esc(post_html(p, permalink_page=False))
            pub = p.when.strftime("%a, %d %b %Y %H:%M:%S +0700")
            cats = "".join(f"<category>{esc(t)}</category>" for t in p.tags)
            items.append(
                f"<item><title>{esc(post_summary(p))}</title><description>{desc}</description>"
                f"<link>{base}{p.permalink}</link><guid>{base}/post/{p.id}</guid><pubDate>{pub}</pubDate>{cats}</item>"
            )
        body = (
            '<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:dc="http://purl.org/dc/elements/1.1/" version="2.0">'
            f"<channel><description>Trang tin của Liên đội TH&amp;THCS Võ Thị Sáu</description><title>{esc(SITE)}</title>"
            f"<generator>Tumblr (3.0; @{BLOG})</generator><link>{base}/</link>"
            + "".join(items)
            + "</channel></rss>"
        )
        return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})

    def search(self, req: Request, query: str) -> Response:
        q = tag_key(query)
        found = []
        if q:
            for p in timeline():
                hay = tag_key(
                    p.title
                    + " "
                    + " ".join(
                        b.text for b in (p.story.blocks if p.story else []) if isinstance(b, P)
                    )
                )
                if q in hay:
                    found.append(p)
        items = "\n".join(
            f'<div class="kq"><a href="{p.permalink}">{esc(p.title)}</a> <small>{time_ago(p.when)}</small></div>'
            for p in found[:10]
        )
        main = f'<div class="td-the"><h2>Kết quả tìm kiếm: “{esc(query)}”</h2></div>{items or "<p>Không tìm thấy bài viết nào.</p>"}'
        return html(frame(req, f"{SITE} — Tìm kiếm", main, crumb="Tìm kiếm", body_id="search"))

    def custom_page(self, req: Request, title: str, content: str) -> Response:
        main = f'<div class="bv bv-trang"><h3 class="tt">{esc(title)}</h3><div class="nd">{content}</div></div>'
        return html(frame(req, f"{SITE} — {title}", main, crumb=esc(title), body_id="trang"))


INTRO_HTML = """<p><img src="/media/tumblr_static_toan-lien-doi-2026.jpg" alt="" width="540"></p>
<p>Liên đội TH&amp;THCS Võ Thị Sáu được thành lập năm 2019, khi hai trường Tiểu học Võ Thị Sáu và THCS Hòa Phú sáp nhập.
Hiện nay Liên đội có 16 chi đội với 612 đội viên và 4 sao nhi đồng của khối lớp 1, 2, 3.</p>
<p>Nhiều năm liền, Liên đội được Hội đồng Đội tỉnh Đắk Lắk công nhận “Liên đội mạnh xuất sắc”. Các phong trào nổi bật:
“Kế hoạch nhỏ”, “Áo ấm cho bạn”, “Cổng trường an toàn giao thông”, Câu lạc bộ Nghi thức Đội.</p>
<p>Trang tin này do Ban Truyền thông Liên đội quản lý, dưới sự hướng dẫn của Tổng phụ trách Đội.</p>
<p><b>Liên hệ:</b> cô Nguyễn Thị Thu Hằng – Tổng phụ trách Đội, ĐT: 0905 218 347, email: liendoi.vothisau@gmail.com</p>"""

BCH_HTML = """<table border="1" cellpadding="4" style="border-collapse:collapse;width:100%"><tbody>
<tr><th>STT</th><th>Họ và tên</th><th>Chi đội</th><th>Chức vụ</th></tr>
<tr><td>1</td><td>Đinh Gia Bảo</td><td>8A2</td><td>Liên đội trưởng</td></tr>
<tr><td>2</td><td>Phạm Ngọc Ánh</td><td>9A1</td><td>Liên đội phó (học tập)</td></tr>
<tr><td>3</td><td>H’ Nhi Byă</td><td>7A2</td><td>Liên đội phó (văn thể)</td></tr>
<tr><td>4</td><td>Lương Thảo Vy</td><td>8A2</td><td>Ủy viên</td></tr>
<tr><td>5</td><td>Hồ Ngọc Bảo Trâm</td><td>7A1</td><td>Ủy viên</td></tr>
<tr><td>6</td><td>Lê Minh Khang</td><td>9A1</td><td>Ủy viên (truyền thông)</td></tr>
<tr><td>7</td><td>Y Khang Niê</td><td>6A2</td><td>Ủy viên</td></tr>
<tr><td>8</td><td>Trần Bảo Ngọc</td><td>8A3</td><td>Ủy viên</td></tr>
<tr><td>9</td><td>Nguyễn Khánh Linh</td><td>6A3</td><td>Ủy viên</td></tr>
</tbody></table>
<p><i>Phụ trách: cô Nguyễn Thị Thu Hằng – Tổng phụ trách Đội.</i></p>"""

ASK_HTML = f"""<p>Các bạn đội viên có câu hỏi, góp ý hay muốn gửi bài viết cho Liên đội thì để lại lời nhắn dưới đây nhé! 💌</p>
<iframe frameborder="0" scrolling="no" width="100%" height="190" id="ask_form" src="https://www.tumblr.com/ask_form/{BLOG}.tumblr.com"></iframe>
<p><small>Câu hỏi ẩn danh sẽ được Ban Chỉ huy Liên đội trả lời trong vòng 3 ngày.</small></p>"""


def build_site() -> TumblrSchoolSite:
    return TumblrSchoolSite()


def _alt_paths(post: Post) -> list[str]:
    alts = [f"/post/{post.id}"]
    if post is P3:
        alts.append(f"/post/{post.id}/{OLD_SLUG_3}")
    if post is P2:
        alts.append(f"{post.permalink}?source=share")
    return alts


GOLD = [
    gold_record(
        p.story, p.permalink, p.category, canonical_path=p.permalink, alt_paths=_alt_paths(p)
    )
    for p in timeline()
    if p.story is not None
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/ban-chi-huy",
    "/ask",
    VIDEO.permalink,
    ALBUM.permalink,
    *(f"/image/{p.id}" for p in sorted(PHOTO_POSTS, key=lambda p: p.when, reverse=True)),
]
