"""XenForo 2.2 board of a lower-secondary school used as its news and announcements site.

Platform
    XenForo 2.2 (friendly URLs on, Vietnamese language pack, default style lightly customised by
    the school: a header strip with today's date, a sidebar on every page, a footer with the
    school's address). Add-ons: XenForo Media Gallery (``/media/``) as the photo/video library,
    XenForo Resource Manager (``/resources/``) as the document library ("Văn bản"), and a lazy-load
    add-on left over from the 2.1 days that prints every inline attachment as a 1x1 GIF with the
    real address in ``data-src``. Institution: Trường THCS Nguyễn Bỉnh Khiêm, phường Bắc Giang,
    tỉnh Bắc Ninh ("Diễn đàn Trường THCS Nguyễn Bỉnh Khiêm").

URL scheme
    /                                   forum list (home): categories, forums, a page node, a link
                                        forum, "latest post" of each forum, sidebar widgets
    /forums/<slug>.<id>/                a forum; /forums/<slug>.<id>/page-N (N >= 2) its pages;
                                        ``?prefix_id=N`` filters by thread prefix (rel=nofollow)
    /threads/<slug>.<id>/               a thread = one news item (first post) + replies
    /threads/<slug>.<id>/post-<pid>     the same thread page, scrolled to a post (200, canonical
                                        to the thread) -- printed as "#1", on dates, in widgets
    /threads/<slug>.<id>/latest         302 to the last post's permalink
    /threads/<id>/, wrong slug          301 to the canonical slug
    /index.php?threads/<slug>.<id>/     legacy (non-friendly) URL: 301 to the friendly one
    /posts/<pid>/, /goto/post?id=<pid>  301/302 to the post permalink
    /link-forums/<slug>.<id>/           303 to another host
    /pages/<name>/                      XF page nodes (intro, weekly calendar)
    /media/, /media/albums/<slug>.<id>/, /media/<slug>.<id>/   XFMG index, album, media items
    /resources/, /resources/<slug>.<id>/ (+ /download)         XFRM document library
    /misc/contact, /help/terms/, /login/, /search/, /whats-new/, /forums/-/index.rss
    /members/<slug>.<id>/               403 for guests ("Bạn phải đăng nhập…")
    /attachments/<name>-<ext>.<id>/     attachment files; /proxy.php?image=…&hash=… image proxy

Page templates
    forum_list (home), forum_view (discussion forum: ``structItem`` rows; article forum "Tin tức -
    Sự kiện": ``message--articlePreview`` cards with a 500-character preview and "Xem thêm…"),
    thread_view (discussion: ``message--post`` articles; article type: ``message--article`` then
    the replies under "Bình luận"), page nodes, XFMG/XFRM pages, help, contact, login, search.

Forums and how each gold article is reached (4 threads per forum page)
    Tin tức - Sự kiện (article type, id 2)  A2, A4, A1, A3 on page 1; A5 only on /page-2
    Thông báo (id 4)                        B1 sticky; B2, moved stub of C1, B3, B4 on page 1;
                                            B5 only on /page-2
    Hoạt động chuyên môn (id 6)             C1 (moved here from Thông báo)
      Khối 9 - Ôn thi vào lớp 10 (id 9)     D1 (sub-forum: on the home page only as a
                                            "Diễn đàn con" link under its parent)
    Công tác Đội - Phong trào (id 7)        E1
    The sidebar/what's-new/RSS lists carry only the newest threads; A5 and B5 (the oldest of their
    forums) are reachable only through page 2 of their forum.

Traps (each with the gold it implies)
    1. Text without <p>: the first post's ``div.bbWrapper`` is lines separated by ``<br />`` (a blank
       line between paragraphs, a single <br /> between two lines of one block, e.g. the two
       timetable lines in B2) -> each line is a paragraph; headings (``h3.bbHeading``), list items,
       ``[QUOTE]`` blocks, table rows and spoiler lines are paragraphs too.
    2. Replies look like the article: replies are ``article.message--post`` with the same
       ``bbWrapper`` (article threads list them under "Bình luận"); one quotes a sentence of the
       first post; a reactions bar prints parents' names ("Nguyễn Hải Yến, … và 37 người khác");
       the first post of D1 and A3 carries the poster's signature (``aside.message-signature``:
       name, post, phone, a 📚 emoji) -> only the first post's text is body; replies, quotes in
       replies, reactions and signatures are not.
    3. Dates: the page prints relative times ("Hôm qua lúc 16:40", "Chủ Nhật lúc 20:15",
       "Thứ Năm lúc 21:05"); the instant is only in ``time[datetime]`` as "2026-12-04T16:40:00+0700"
       (no colon) and ``data-time`` -> published_at "2026-12-04T16:40:00+07:00". "Sửa lần cuối: …"
       and "Sửa lần cuối bởi người điều hành: …" are edit dates, replies are later, the header
       prints today -> none of them. A5 was imported from the old site at 00:00 ->
       "2026-10-09" (day only).
    4. Official document in a thread (B1): letterhead and closing are ``div.bbTable`` tables like
       the exam timetable table between them -> letterhead/closing/"THÔNG BÁO"/"Về việc…" are not
       body, the timetable rows are ("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài"); the date
       is the letterhead's "ngày 28 tháng 11 năm 2026" -> "2026-11-28" although the post (and the
       JSON-LD ``datePublished``) says 30/11 09:00; the signer "Nguyễn Văn Thắng" is the author.
    5. Images: inline attachments are ``<img src="data:image/gif;base64,…" data-src="/attachments/
       …-jpg.NNNN/" class="bbImage lazyload">`` -> the image is the ``data-src`` path; A4's photo
       goes through the image proxy ("/proxy.php?image=https%3A%2F%2F…&amp;hash=…", original in
       ``data-url``) -> the proxy path with its query; A5's imported photo is a plain ``<img>``.
       Not images: avatars, article-preview thumbnails, emoji drawn by JoyPixels
       (``img.smilie--emoji`` on cdn.jsdelivr.net), the unfurl card's picture and favicon.
       Captions are the italic (or plain, A5) line after ``<br />`` in the image's centred div;
       "Ảnh: Hồng Nhung" / "Ảnh: Ngô Quang Huy" alone -> caption None.
    6. Emoji: XF draws text emoji as ``<img class="smilie smilie--emoji" alt="👏">`` -> kept in
       the text as their ``alt`` ("Xin chúc mừng các em! 👏👏", "… hiệu quả! 💪"); a 📌 drawn at
       the start of B2's lines is the line's bullet -> no text; the 🎉 typed in A2's title is
       kept.
    7. Thread prefixes: ``<span class="label">Quan trọng</span><span class="label-append">&nbsp;
       </span>`` inside ``h1.p-title-value`` and "Thông báo - " in ``<title>`` -> not part of the
       title (og:title and the JSON-LD headline print the bare title).
    8. Duplicates: every post permalink ``/threads/<slug>.<id>/post-<pid>`` answers 200 with the
       whole thread (sidebar "Bài viết mới" and the home page's "latest post" link these, "#1"
       too) -> alt_paths of that thread; ``/latest``, the moved-thread stub of C1 in Thông báo
       (``/threads/chuyen-de-day-hoc-…-ngu-van-8.69/``), the legacy ``/index.php?threads/…``
       "Xem thêm" link in B2, ``/posts/N/`` and ``/goto/post?id=`` are redirects.
    9. Bylines: the poster of most items is the CMS account "quantri" (also the JSON-LD author)
       -> nobody; the real author signs at the end: "Tin, ảnh: Nguyễn Thị Hồng Nhung" (A1, both
       lists), "Đỗ Mạnh Hùng (GV Thể dục)" (A2), "Người viết: ThS. Lê Thị Mai" (B3), "Tin: Vũ Thị
       Thanh Hương - Ảnh: Ngô Quang Huy" (C1), "Nguyễn Minh Tuấn - TPT Đội" (E1), units alone
       "Tổ Văn phòng" (A5) and "Ban Giám hiệu" (B2); A3 and D1 are posted by teachers' own
       accounts with their real names and no byline -> the poster is the author.
   10. Chrome that looks like content: the article forum prints 500-character previews of each
       item with "Xem thêm…" (listing, not article); "Chủ đề tương tự" under each thread;
       the unfurled link card of the newspaper under A4 (title, description, favicon: not body,
       not image); "Theo Báo Bắc Ninh" closes A4 -> source "Báo Bắc Ninh", while its sentence
       "Theo Sở Giáo dục và Đào tạo, …" is text; "Xem thêm: …" line in B2 -> not body; the
       "Đính kèm" file list (PDF name, size, "Xem: 245") under B1 and B3 -> not body; XFRM
       document pages and XFMG album/video pages carry long descriptions and dates -> not
       articles.
   11. Hidden and folded text: D1's ``[SPOILER=Gợi ý lời giải]`` lines are hidden until clicked
       -> body (the button "Spoiler: Gợi ý lời giải" is a control, not text); A3's ``[QUOTE]``
       is folded with "Bấm để xem thêm..." -> the quote is body, the expander is not.
   12. Unicode: A5 (imported from the old site) has its title and text in decomposed Unicode
       (NFD) -> NFC in the gold; its slug is computed from the composed title.
   13. Pagination: forum pages 2+ only through ``pageNav`` links (``/page-2``) and
       ``<link rel="next">``; the page-jump box is JavaScript (``data-page-url=…page-%page%``);
       the sticky thread (B1) sits above the list on page 1 only.

Gold decisions on ambiguous points
    - Title: the thread title without its prefix label; emoji typed in it kept.
    - Author: a poster account with a person's full name and no byline in the text (A3: Trần Thu
      Trang, D1: Hoàng Văn Dũng) is the author; "quantri" is a CMS account -> nobody. Signatures
      are never bylines nor body.
    - Category: the forum the thread is in now (last breadcrumb item), "Hoạt động chuyên môn" for
      C1 though its moved stub is listed in "Thông báo"; "Khối 9 - Ôn thi vào lớp 10" for D1
      (not its parent forum).
    - Body: only the first post's ``bbWrapper``. Spoiler content is body, its button is not.
      Table rows: cells joined by " | ", header row included. The emoji bullet 📌 is no text.
      B3's footnote call "[1]" stays in its sentence, and "Chú thích:" with its note is body.
    - Summary: only A1 and A4 print a bold lead line (their first paragraph); the others have
      none (the meta/og description is a snippet, not a sapo).
    - Images: the path the reader's browser finally loads: ``data-src`` for the lazy ones, the
      proxy path (with query) for A4, not the original in ``data-url``.
    - alt_paths: the permalinks of the thread's posts (first post and replies). Redirecting URLs
      (stub, /latest, /posts/N/, /goto, legacy index.php) are not listed: they serve nothing.
    - Non-articles: the intro and calendar page nodes, the contact page, the forum rules, the
      XFMG album and video page, two XFRM documents. Photo item pages of the album, the member
      pages (403), whats-new, search, login and the indexes are listings/chrome, not listed.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import datetime
from zoneinfo import ZoneInfo

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
    text,
)

NAME = "xenforo_thcs"
PLATFORM = "XenForo 2.2 (forum as news board; XFMG, XFRM, lazy-load add-on)"
START_PATH = "/"

TZ = ZoneInfo("Asia/Ho_Chi_Minh")
NOW = datetime(2026, 12, 5, 10, 17, tzinfo=TZ)
TODAY_LINE = "Thứ Bảy, 05/12/2026"
SITE = "Diễn đàn Trường THCS Nguyễn Bỉnh Khiêm"
PER_PAGE = 4

# --- members, nodes ------------------------------------------------------------------------------

#: key -> (user id, name as printed, user title, banner, joined, message count)
MEMBERS = {
    "quantri": (1, "quantri", "Ban quản trị", "Quản trị viên", "12/08/2019", "1.284"),
    "trang": (15, "Trần Thu Trang", "Cán bộ thư viện", None, "03/09/2020", "97"),
    "dung": (23, "Hoàng Văn Dũng", "Giáo viên Toán", "Tổ trưởng tổ KHTN", "21/09/2020", "212"),
    "ph6a2": (1187, "phuhuynh_6a2", "Thành viên mới", None, "06/09/2026", "4"),
}


def romanize(value: str) -> str:
    """XF's "romanize titles in URLs": marks dropped, đ -> d, anything else -> "-"."""
    s = unicodedata.normalize("NFD", unicodedata.normalize("NFC", value).replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^a-z0-9_]+", "-", s)
    return s.strip("-")


def member_url(key: str) -> str:
    uid, name = MEMBERS[key][:2]
    return f"/members/{romanize(name)}.{uid}/"


#: forum id -> (slug, title, parent node, description)
FORUMS = {
    2: ("tin-tuc-su-kien", "Tin tức - Sự kiện", 1, "Tin hoạt động của nhà trường, các sự kiện nổi bật."),
    4: ("thong-bao", "Thông báo", 1, "Thông báo của Ban Giám hiệu tới cán bộ, giáo viên, học sinh và cha mẹ học sinh."),
    6: ("hoat-dong-chuyen-mon", "Hoạt động chuyên môn", 5, "Chuyên đề, hội giảng, sinh hoạt tổ chuyên môn."),
    9: ("khoi-9-on-thi-vao-lop-10", "Khối 9 - Ôn thi vào lớp 10", 6, "Tài liệu, kinh nghiệm ôn thi tuyển sinh vào lớp 10 THPT."),
    7: ("cong-tac-doi-phong-trao", "Công tác Đội - Phong trào", 5, "Hoạt động của Liên đội, các phong trào thi đua."),
}
ARTICLE_FORUMS = {2}
CATEGORIES = {1: ("thong-tin-nha-truong", "Thông tin nhà trường"), 5: ("chuyen-mon-phong-trao", "Chuyên môn - Phong trào")}
#: prefix id -> (label, css class)
PREFIXES = {1: ("Quan trọng", "label--red"), 2: ("Thông báo", "label--primary")}


def forum_url(fid: int, page: int = 1) -> str:
    base = f"/forums/{FORUMS[fid][0]}.{fid}/"
    return base if page == 1 else f"{base}page-{page}"


def forum_trail(fid: int) -> list[tuple[str, str]]:
    """Breadcrumb items above a forum's content (category, parents, the forum)."""
    trail: list[tuple[str, str]] = []
    node = fid
    while node in FORUMS:
        trail.insert(0, (forum_url(node), FORUMS[node][1]))
        node = FORUMS[node][2]
    slug, title = CATEGORIES[node]
    trail.insert(0, (f"/#{slug}.{node}", title))
    return trail


# --- the thirteen items ----------------------------------------------------------------------------


def right(inner: str) -> Raw:
    """A line the editor aligned right ([RIGHT]): bylines and source lines."""
    return Raw(f'<div style="text-align: right">{inner}</div>\n')


def att(name: str, aid: int) -> str:
    """An inline attachment's address, as XF builds it from the file name."""
    return f"/attachments/{romanize(name.replace('.', '-'))}.{aid}/"


A1 = Story(
    id=71,
    slug="truong-thcs-nguyen-binh-khiem-long-trong-to-chuc-le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
    title="Trường THCS Nguyễn Bỉnh Khiêm long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)",
    cat="2",
    published_at="2026-11-20T10:45:00+07:00",
    summary=(
        "Sáng 20/11, Trường THCS Nguyễn Bỉnh Khiêm long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
        "Việt Nam. Buổi lễ diễn ra trong không khí trang trọng, ấm áp nghĩa tình thầy trò."
    ),
    blocks=[
        P(
            "Sáng 20/11, Trường THCS Nguyễn Bỉnh Khiêm long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo "
            "Việt Nam. Buổi lễ diễn ra trong không khí trang trọng, ấm áp nghĩa tình thầy trò.",
            "b",
        ),
        P(
            "Tới dự buổi lễ có đồng chí Trần Quang Vinh - Phó Chủ tịch UBND phường Bắc Giang; đại diện Ban "
            "đại diện Cha mẹ học sinh nhà trường cùng các thế hệ thầy cô giáo đã nghỉ hưu và hơn 1.100 học "
            "sinh toàn trường."
        ),
        Img(att("DSC_0412.JPG", 1012), "Các tiết mục văn nghệ chào mừng do học sinh khối 8 biểu diễn",
            "Các tiết mục văn nghệ chào mừng do học sinh khối 8 biểu diễn", "lazy/i"),
        P(
            "Phát biểu tại buổi lễ, thầy Nguyễn Văn Thắng - Hiệu trưởng nhà trường đã ôn lại truyền thống vẻ "
            "vang của Ngày Nhà giáo Việt Nam và điểm lại những kết quả nổi bật của nhà trường trong năm học "
            "2025 - 2026: 100% học sinh lớp 9 được công nhận tốt nghiệp THCS; tỉ lệ đỗ vào lớp 10 THPT công "
            "lập đạt 92,4%; 46 học sinh đạt giải học sinh giỏi cấp tỉnh."
        ),
        P(
            "Thay mặt Ban đại diện Cha mẹ học sinh, ông Lương Đức Toàn đã gửi lời tri ân sâu sắc tới các "
            "thầy cô giáo và trao tặng nhà trường 50 bộ bàn ghế học sinh phục vụ công tác dạy và học."
        ),
        Img(att("DSC_0437.JPG", 1013), "Ảnh: Hồng Nhung", None, "lazy/i"),
        P(
            "Dịp này, nhà trường đã khen thưởng 12 giáo viên có thành tích xuất sắc trong phong trào thi "
            "đua “Dạy tốt - Học tốt” chào mừng ngày 20/11 và trao 15 suất học bổng “Vượt khó học giỏi” "
            "cho học sinh có hoàn cảnh khó khăn."
        ),
        Img(att("DSC_0458.JPG", 1014), "Thầy Nguyễn Văn Thắng trao học bổng cho các em học sinh vượt khó học giỏi",
            "Thầy Nguyễn Văn Thắng trao học bổng cho các em học sinh vượt khó học giỏi", "lazy/i"),
        P(
            "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc với các tiết mục ca ngợi mái trường, thầy "
            "cô do chính các em học sinh dàn dựng và biểu diễn."
        ),
        right("<b>Tin, ảnh: Nguyễn Thị Hồng Nhung</b>"),
    ],
    authors=["Nguyễn Thị Hồng Nhung"],
    photographers=["Nguyễn Thị Hồng Nhung"],
    opts={
        "pid": 402, "at": "2026-11-20T10:45", "poster": "quantri", "views": 1486,
        "edited": ("Sửa lần cuối", "2026-11-21T08:02"),
        "reactions": ("Nguyễn Hải Yến", "Lê Minh Châu", 37),
    },
)

A2 = Story(
    id=84,
    slug="chuc-mung-doi-tuyen-co-vua-nha-truong-gianh-3-huy-chuong-vang-tai-hoi-khoe-phu-dong-tinh-bac-ninh-nam-2026",
    title="🎉 Chúc mừng đội tuyển Cờ vua nhà trường giành 3 Huy chương Vàng tại Hội khỏe Phù Đổng tỉnh Bắc Ninh năm 2026",
    cat="2",
    published_at="2026-12-04T16:40:00+07:00",
    blocks=[
        P(
            "Từ ngày 01/12 đến ngày 03/12/2026, tại Nhà thi đấu tỉnh Bắc Ninh đã diễn ra môn Cờ vua thuộc "
            "chương trình Hội khỏe Phù Đổng tỉnh Bắc Ninh lần thứ I năm 2026 với sự tham gia của hơn 300 vận "
            "động viên đến từ 99 xã, phường trong toàn tỉnh."
        ),
        P(
            "Đội tuyển Cờ vua Trường THCS Nguyễn Bỉnh Khiêm tham gia với 6 vận động viên và xuất sắc giành "
            "được 3 Huy chương Vàng, 1 Huy chương Bạc, 2 Huy chương Đồng. Kết quả cụ thể như sau:"
        ),
        P("TT | Họ và tên | Lớp | Nội dung | Huy chương", "th"),
        P("1 | Nguyễn Hoàng Bảo Long | 9A1 | Cờ nhanh nam | Vàng", "td"),
        P("2 | Trịnh Minh Anh | 8A2 | Cờ tiêu chuẩn nữ | Vàng", "td"),
        P("3 | Đào Gia Huy | 7A1 | Cờ chớp nam | Vàng", "td"),
        P("4 | Lê Phương Thảo | 9A3 | Cờ nhanh nữ | Bạc", "td"),
        P("5 | Ngô Đức Thịnh | 6A4 | Cờ tiêu chuẩn nam | Đồng", "td"),
        P("6 | Vương Khánh Ngọc | 6A1 | Cờ chớp nữ | Đồng", "td"),
        Img(att("z6123455871203_hkpd.jpg", 1130),
            "Các vận động viên của nhà trường nhận huy chương tại lễ bế mạc",
            "Các vận động viên của nhà trường nhận huy chương tại lễ bế mạc", "lazy/i"),
        P(
            "Thành tích trên là kết quả của quá trình tập luyện nghiêm túc, bền bỉ của các em học sinh dưới "
            "sự hướng dẫn tận tình của thầy Đỗ Mạnh Hùng cùng sự đồng hành của các bậc phụ huynh."
        ),
        P("Xin chúc mừng các em! 👏👏"),
        right("<b>Đỗ Mạnh Hùng</b> (GV Thể dục)"),
    ],
    authors=["Đỗ Mạnh Hùng"],
    opts={
        "pid": 561, "at": "2026-12-04T16:40", "poster": "quantri", "views": 642,
        "reactions": ("Trịnh Văn Nam", "Vương Thị Hoa", 52),
    },
)

A3 = Story(
    id=66,
    slug="soi-noi-ngay-hoi-doc-sach-moi-cuon-sach-mot-hanh-trinh-nam-2026",
    title="Sôi nổi Ngày hội đọc sách “Mỗi cuốn sách - Một hành trình” năm 2026",
    cat="2",
    published_at="2026-11-12T15:20:00+07:00",
    blocks=[
        P(
            "Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam, thực hiện kế hoạch của nhà trường về phát triển văn "
            "hóa đọc trong học sinh, chiều ngày 12/11/2026, Thư viện nhà trường phối hợp với Liên đội tổ chức "
            "Ngày hội đọc sách với chủ đề “Mỗi cuốn sách - Một hành trình”."
        ),
        P("Ngày hội gồm nhiều hoạt động hấp dẫn:"),
        P("Triển lãm sách theo chủ đề “Quê hương Kinh Bắc”;", "li"),
        P("Cuộc thi giới thiệu sách hay giữa các lớp khối 6, 7;", "li"),
        P("Góc đổi sách cũ lấy sách mới và trò chơi ô chữ về các tác phẩm văn học trong chương trình.", "li"),
        Img(att("ngay-hoi-doc-sach-01.jpg", 985), "Học sinh lớp 6A3 tham quan gian trưng bày sách",
            "Học sinh lớp 6A3 tham quan gian trưng bày sách", "lazy/i"),
        P(
            "Em Nguyễn Khánh Linh, học sinh lớp 7A2 chia sẻ: “Em rất thích góc đổi sách vì em đã đổi được "
            "cuốn Dế Mèn phiêu lưu ký mà em mong đọc từ lâu”."
        ),
        P(
            "Đọc sách không những để có kiến thức mà còn để làm đẹp tâm hồn, nuôi dưỡng ước mơ và khát vọng "
            "của mỗi học sinh.",
            "quote",
        ),
        P(
            "Kết thúc ngày hội, Ban tổ chức đã trao giải Nhất cho lớp 7A2, giải Nhì cho lớp 6A1 và lớp 6A4, "
            "giải Ba cho lớp 7A5."
        ),
    ],
    authors=["Trần Thu Trang"],
    opts={
        "pid": 371, "at": "2026-11-12T15:20", "poster": "trang", "views": 538,
        "sig": (
            "<b>Trần Thu Trang</b> - Thư viện Trường THCS Nguyễn Bỉnh Khiêm<br />\n"
            "📚 Thư viện mở cửa: 7h00 - 17h00 từ thứ Hai đến thứ Sáu"
        ),
        "replies": [
            (372, "dung", "2026-11-13T07:41", "quote:371:trang:Kết thúc ngày hội, Ban tổ chức đã trao giải Nhất cho lớp 7A2",
             "Chúc mừng lớp 7A2 nhé! Các con giỏi quá."),
            (375, "ph6a2", "2026-11-13T20:09", None,
             "Cảm ơn thư viện nhà trường đã tổ chức hoạt động rất ý nghĩa cho các con :)"),
        ],
        "reactions": ("Hoàng Văn Dũng", "Nguyễn Hải Yến", 18),
    },
)

A4 = Story(
    id=75,
    slug="bac-ninh-nhieu-truong-hoc-trien-khai-hieu-qua-mo-hinh-truong-hoc-hanh-phuc",
    title="Bắc Ninh: Nhiều trường học triển khai hiệu quả mô hình “Trường học hạnh phúc”",
    cat="2",
    published_at="2026-11-26T08:05:00+07:00",
    summary=(
        "Năm học 2026 - 2027, nhiều trường học trên địa bàn tỉnh Bắc Ninh tiếp tục triển khai mô hình "
        "“Trường học hạnh phúc”, lấy học sinh làm trung tâm, xây dựng môi trường giáo dục an toàn, thân thiện."
    ),
    blocks=[
        P(
            "Năm học 2026 - 2027, nhiều trường học trên địa bàn tỉnh Bắc Ninh tiếp tục triển khai mô hình "
            "“Trường học hạnh phúc”, lấy học sinh làm trung tâm, xây dựng môi trường giáo dục an toàn, thân thiện.",
            "b",
        ),
        Img(
            "/proxy.php?image=https%3A%2F%2Fbaobacninh.vn%2Fdata%2Fnews%2F2026%2F11%2F25%2Ftruong-hoc-hanh-phuc-1.jpg"
            "&hash=6c1f0e4b8a2d9f37e5b04c1a8d2e7f93",
            "Giờ ra chơi của học sinh Trường THCS Nguyễn Bỉnh Khiêm (phường Bắc Giang)",
            "Giờ ra chơi của học sinh Trường THCS Nguyễn Bỉnh Khiêm (phường Bắc Giang)",
            "proxy/i",
        ),
        P(
            "Theo Sở Giáo dục và Đào tạo, đến nay toàn tỉnh có 412 trường học đăng ký xây dựng “Trường học "
            "hạnh phúc” với các tiêu chí: thầy cô hạnh phúc, học sinh hạnh phúc và phụ huynh hạnh phúc."
        ),
        P(
            "Tại Trường THCS Nguyễn Bỉnh Khiêm, nhà trường duy trì “Hộp thư điều em muốn nói”, tổ chức tiết "
            "sinh hoạt lớp theo chủ đề và thành lập tổ tư vấn tâm lý học đường với sự tham gia của 6 giáo "
            "viên đã qua tập huấn."
        ),
        P(
            "Cô Lê Thị Mai, Phó Hiệu trưởng nhà trường cho biết: “Chúng tôi mong muốn mỗi ngày đến trường "
            "thực sự là một ngày vui với các em. Khi học sinh được lắng nghe, các em sẽ tự tin và học tập "
            "tiến bộ hơn”."
        ),
        P(
            "Bên cạnh đó, nhiều trường đã đổi mới hình thức tổ chức các hoạt động trải nghiệm, câu lạc bộ, "
            "giảm áp lực thi cử và tăng cường kết nối giữa gia đình và nhà trường."
        ),
        right("<b>Minh Ngọc</b>"),
        right("<i>Theo Báo Bắc Ninh</i>"),
        Raw("UNFURL"),
    ],
    authors=["Minh Ngọc"],
    source="Báo Bắc Ninh",
    opts={"pid": 433, "at": "2026-11-26T08:05", "poster": "quantri", "views": 391},
)

A5 = Story(
    id=52,
    slug="hoi-nghi-can-bo-cong-chuc-vien-chuc-va-nguoi-lao-dong-nam-hoc-2026-2027",
    title="Hội nghị Cán bộ, công chức, viên chức và người lao động năm học 2026 - 2027",
    cat="2",
    published_at="2026-10-09",
    blocks=[
        P(
            "Chiều ngày 08/10/2026, Trường THCS Nguyễn Bỉnh Khiêm tổ chức Hội nghị Cán bộ, công chức, viên "
            "chức và người lao động năm học 2026 - 2027. Tham dự hội nghị có 68 cán bộ, giáo viên, nhân viên "
            "nhà trường."
        ),
        Img("/data/imported/news/2026_10/hoi-nghi-cbcc-2026.jpg", "Quang cảnh hội nghị", "Quang cảnh hội nghị",
            "plain/plain"),
        P(
            "Hội nghị đã nghe báo cáo tổng kết năm học 2025 - 2026, phương hướng nhiệm vụ năm học 2026 - 2027; "
            "báo cáo công khai tài chính; báo cáo hoạt động của Ban Thanh tra nhân dân và thảo luận, góp ý "
            "xây dựng Quy chế chi tiêu nội bộ, Quy chế dân chủ ở cơ sở."
        ),
        P("Một số chỉ tiêu chủ yếu năm học 2026 - 2027", "h"),
        P("Tỉ lệ học sinh có kết quả học tập Tốt và Khá đạt từ 75% trở lên;", "li"),
        P("Phấn đấu có từ 45 giải học sinh giỏi cấp tỉnh trở lên;", "li"),
        P("100% giáo viên ứng dụng công nghệ thông tin và chuyển đổi số trong dạy học.", "li"),
        P(
            "Hội nghị đã bầu Ban Thanh tra nhân dân nhiệm kỳ 2026 - 2028 gồm 3 đồng chí và tiến hành ký kết "
            "giao ước thi đua giữa các tổ chuyên môn."
        ),
        right("<b>Tổ Văn phòng</b>"),
    ],
    authors=["Tổ Văn phòng"],
    opts={"pid": 288, "at": "2026-10-09T00:00", "poster": "quantri", "views": 702, "nfd": True},
)

_LETTERHEAD = Raw(
    '<div class="bbTable">\n<table style=\'width: 100%\'><tr>\n'
    '<td><div style="text-align: center"><span style="font-size: 13px">UBND PHƯỜNG BẮC GIANG</span><br />\n'
    "<b>TRƯỜNG THCS NGUYỄN BỈNH KHIÊM</b></div></td>\n"
    '<td><div style="text-align: center"><b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br />\n'
    "<b><u>Độc lập - Tự do - Hạnh phúc</u></b></div></td>\n"
    "</tr><tr>\n"
    '<td><div style="text-align: center">Số: 112/TB-THCSNBK</div></td>\n'
    '<td><div style="text-align: center"><i>Bắc Giang, ngày 28 tháng 11 năm 2026</i></div></td>\n'
    "</tr></table>\n</div>\n"
    '<div style="text-align: center"><b><span style="font-size: 18px">THÔNG BÁO</span></b><br />\n'
    "<b>Về việc tổ chức kiểm tra cuối học kì I năm học 2026 - 2027</b></div>\n<br />\n"
)
_CLOSING = Raw(
    '<div class="bbTable">\n<table style=\'width: 100%\'><tr>\n'
    "<td><b><i>Nơi nhận:</i></b><br />\n- Cán bộ, giáo viên, nhân viên;<br />\n- Học sinh, CMHS (qua GVCN);<br />\n"
    "- Đăng diễn đàn nhà trường;<br />\n- Lưu: VT.</td>\n"
    '<td><div style="text-align: center"><b>HIỆU TRƯỞNG</b><br />\n<br />\n<i>(Đã ký)</i><br />\n<br />\n'
    "<b>Nguyễn Văn Thắng</b></div></td>\n"
    "</tr></table>\n</div>\n"
)

B1 = Story(
    id=80,
    slug="thong-bao-to-chuc-kiem-tra-cuoi-hoc-ki-i-nam-hoc-2026-2027",
    title="Thông báo tổ chức kiểm tra cuối học kì I năm học 2026 - 2027",
    cat="4",
    published_at="2026-11-28",
    blocks=[
        _LETTERHEAD,
        P(
            "Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 - 2027; căn cứ Công văn số 1865/SGDĐT-GDTrH ngày "
            "20/11/2026 của Sở Giáo dục và Đào tạo Bắc Ninh về việc hướng dẫn kiểm tra, đánh giá cuối học kì I,",
            "i",
        ),
        P("Trường THCS Nguyễn Bỉnh Khiêm thông báo lịch kiểm tra cuối học kì I năm học 2026 - 2027 như sau:"),
        P("1. Thời gian kiểm tra", "b"),
        P("Ngày | Buổi | Môn kiểm tra | Thời gian làm bài", "th"),
        P("15/12/2026 | Sáng | Ngữ văn | 90 phút", "td"),
        P("15/12/2026 | Chiều | Khoa học tự nhiên | 90 phút", "td"),
        P("16/12/2026 | Sáng | Toán | 90 phút", "td"),
        P("16/12/2026 | Chiều | Tiếng Anh | 60 phút", "td"),
        P("17/12/2026 | Sáng | Lịch sử và Địa lí | 60 phút", "td"),
        P("2. Yêu cầu", "b"),
        P(
            "- Học sinh có mặt tại phòng kiểm tra trước giờ làm bài 15 phút, mang theo đầy đủ dụng cụ học tập "
            "theo quy định;",
            "tight",
        ),
        P("- Không mang điện thoại di động, tài liệu vào phòng kiểm tra;", "tight"),
        P("- Giáo viên chủ nhiệm thông báo tới học sinh và cha mẹ học sinh các lớp."),
        P(
            "Đề nghị các đồng chí cán bộ, giáo viên, nhân viên và học sinh nghiêm túc thực hiện./."
        ),
        _CLOSING,
    ],
    authors=["Nguyễn Văn Thắng"],
    opts={
        "pid": 497, "at": "2026-11-30T09:00", "poster": "quantri", "views": 1873, "prefix": 1, "sticky": True,
        "attach": [("TB-112-kiem-tra-cuoi-HKI-2026-2027.pdf", 1201, "184,6 KB", 245)],
    },
)

B2 = Story(
    id=79,
    slug="thong-bao-thoi-gian-lam-viec-mua-dong-tu-ngay-01-12-2026",
    title="Thông báo thời gian làm việc mùa đông từ ngày 01/12/2026",
    cat="4",
    published_at="2026-11-29T20:15:00+07:00",
    blocks=[
        P(
            "Thực hiện Quyết định số 2215/QĐ-UBND của UBND tỉnh Bắc Ninh về thời gian làm việc mùa đông, "
            "Trường THCS Nguyễn Bỉnh Khiêm thông báo thời gian làm việc, học tập từ ngày 01/12/2026 như sau:"
        ),
        P("Buổi sáng: vào học lúc 7 giờ 15 phút, tan học lúc 11 giờ 15 phút.", "pin tight"),
        P("Buổi chiều: vào học lúc 13 giờ 45 phút, tan học lúc 17 giờ 00 phút.", "pin"),
        P(
            "Thời gian làm việc của khối văn phòng: sáng từ 7 giờ 00 đến 11 giờ 30, chiều từ 13 giờ 30 đến "
            "17 giờ 00."
        ),
        P("Đề nghị quý phụ huynh lưu ý đưa đón con đúng giờ, cho các con mặc đủ ấm khi đến trường."),
        Raw("SEEALSO"),
        right("<b>Ban Giám hiệu</b>"),
    ],
    authors=["Ban Giám hiệu"],
    opts={
        "pid": 489, "at": "2026-11-29T20:15", "poster": "quantri", "views": 1120, "prefix": 2,
        "edited": ("Sửa lần cuối bởi người điều hành", "2026-12-01T06:30"),
        "replies": [
            (490, "ph6a2", "2026-11-30T06:52", None,
             "Cho em hỏi từ 01/12 các con lớp 6 học chiều thứ Bảy còn học tăng cường không ạ?"),
            (491, "quantri", "2026-11-30T08:10",
             "quote:490:ph6a2:Cho em hỏi từ 01/12 các con lớp 6 học chiều thứ Bảy còn học tăng cường không ạ?",
             "Chào phụ huynh, lịch học tăng cường buổi chiều vẫn giữ nguyên, chỉ điều chỉnh giờ vào học như "
             "thông báo ạ."),
        ],
    },
)

B3 = Story(
    id=57,
    slug="ke-hoach-to-chuc-hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
    title="Kế hoạch tổ chức Hội thi Giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
    cat="4",
    published_at="2026-10-20T14:00:00+07:00",
    blocks=[
        P(
            "Căn cứ Kế hoạch số 95/KH-THCSNBK ngày 10/9/2026 về thực hiện nhiệm vụ năm học 2026 - 2027, nhà "
            "trường xây dựng kế hoạch tổ chức Hội thi Giáo viên dạy giỏi cấp trường như sau:"
        ),
        P("I. MỤC ĐÍCH, YÊU CẦU", "b"),
        P(
            "Tạo sân chơi bổ ích để giáo viên trao đổi, học tập kinh nghiệm, đổi mới phương pháp dạy học theo "
            "định hướng phát triển phẩm chất, năng lực học sinh."
        ),
        P(
            "Hội thi được tổ chức nghiêm túc, khách quan, đúng quy chế; qua đó lựa chọn giáo viên tham gia "
            "Hội thi giáo viên dạy giỏi cấp tỉnh."
        ),
        P("II. THỜI GIAN, HÌNH THỨC", "b"),
        P("Thời gian: từ ngày 02/11/2026 đến ngày 27/11/2026."),
        P(
            "Hình thức: mỗi giáo viên dự thi thực hiện 01 bài giảng trên lớp và trình bày 01 biện pháp nâng "
            "cao chất lượng giáo dục.[1]"
        ),
        P(
            "Các tổ chuyên môn đăng ký danh sách giáo viên dự thi về đồng chí Phó Hiệu trưởng trước ngày "
            "30/10/2026."
        ),
        P("Chú thích:", "i tight"),
        P(
            "[1] Theo Thông tư số 22/2019/TT-BGDĐT ngày 20/12/2019 của Bộ Giáo dục và Đào tạo ban hành Quy "
            "định về Hội thi giáo viên dạy giỏi cơ sở giáo dục mầm non; giáo viên dạy giỏi cơ sở giáo dục phổ "
            "thông.",
            "i",
        ),
        right("Người viết: <b>ThS. Lê Thị Mai</b>"),
    ],
    authors=["Lê Thị Mai"],
    opts={
        "pid": 316, "at": "2026-10-20T14:00", "poster": "quantri", "views": 466, "prefix": 2,
        "attach": [("KH-hoi-thi-GVDG-cap-truong-2026-2027.pdf", 1088, "212,3 KB", 131)],
    },
)

B4 = Story(
    id=55,
    slug="huong-dan-phu-huynh-tra-cuu-ket-qua-hoc-tap-cua-hoc-sinh-qua-ung-dung-smas",
    title="Hướng dẫn phụ huynh tra cứu kết quả học tập của học sinh qua ứng dụng SMAS",
    cat="4",
    published_at="2026-10-15T10:30:00+07:00",
    blocks=[
        P(
            "Nhằm giúp cha mẹ học sinh theo dõi thường xuyên kết quả học tập, rèn luyện của con em, nhà trường "
            "hướng dẫn cách tra cứu trên ứng dụng SMAS - Sổ liên lạc điện tử như sau:"
        ),
        P("Bước 1: Tải ứng dụng SMAS trên kho ứng dụng App Store hoặc CH Play.", "kb"),
        Img(att("smas-buoc-1.png", 1061), None, None, "lazy/i"),
        P(
            "Bước 2: Đăng nhập bằng số điện thoại đã đăng ký với giáo viên chủ nhiệm, mật khẩu mặc định được "
            "gửi qua tin nhắn SMS.",
            "kb",
        ),
        Img(att("smas-buoc-2.png", 1062), None, None, "lazy/i"),
        P(
            "Bước 3: Chọn mục “Kết quả học tập” để xem điểm kiểm tra thường xuyên, giữa kì và cuối kì của học sinh.",
            "kb",
        ),
        P(
            "Mọi vướng mắc trong quá trình sử dụng, quý phụ huynh vui lòng liên hệ giáo viên chủ nhiệm hoặc "
            "thầy Hoàng Văn Dũng (số điện thoại 0912 468 357) để được hỗ trợ."
        ),
    ],
    opts={"pid": 304, "at": "2026-10-15T10:30", "poster": "quantri", "views": 958, "prefix": 2},
)

B5 = Story(
    id=49,
    slug="thong-bao-trieu-tap-doi-tuyen-hoc-sinh-gioi-lop-9-tham-gia-on-luyen-nam-hoc-2026-2027",
    title="Thông báo triệu tập đội tuyển học sinh giỏi lớp 9 tham gia ôn luyện năm học 2026 - 2027",
    cat="4",
    published_at="2026-10-05T07:30:00+07:00",
    blocks=[
        P(
            "Căn cứ kết quả khảo sát chọn đội tuyển ngày 28/9/2026, nhà trường triệu tập 48 học sinh lớp 9 "
            "tham gia ôn luyện đội tuyển học sinh giỏi cấp tỉnh năm học 2026 - 2027."
        ),
        P(
            "Thời gian ôn luyện: bắt đầu từ ngày 07/10/2026, vào các buổi chiều thứ Ba, thứ Năm và sáng Chủ "
            "nhật hằng tuần.",
            "kb tight",
        ),
        P("Địa điểm: phòng học bộ môn tầng 3, nhà B.", "kb"),
        P(
            "Danh sách học sinh cụ thể theo từng môn được niêm yết tại bảng tin nhà trường và gửi qua nhóm "
            "Zalo các lớp."
        ),
        P("Đề nghị cha mẹ học sinh quan tâm, tạo điều kiện để các em tham gia đầy đủ, đạt kết quả cao."),
        right("<b><i>Phạm Thị Lan - Tổ trưởng tổ Khoa học xã hội</i></b>"),
    ],
    authors=["Phạm Thị Lan"],
    opts={"pid": 271, "at": "2026-10-05T07:30", "poster": "quantri", "views": 803},
)

C1 = Story(
    id=68,
    slug="chuyen-de-cap-truong-day-hoc-phat-trien-nang-luc-mon-ngu-van-8-theo-chuong-trinh-gdpt-2018",
    title="Chuyên đề cấp trường: Dạy học phát triển năng lực môn Ngữ văn 8 theo Chương trình GDPT 2018",
    cat="6",
    published_at="2026-11-18T14:10:00+07:00",
    blocks=[
        P(
            "Thực hiện kế hoạch sinh hoạt chuyên môn theo nghiên cứu bài học, ngày 17/11/2026, Tổ Ngữ văn - "
            "Ngoại ngữ tổ chức chuyên đề cấp trường “Dạy học phát triển năng lực môn Ngữ văn 8 theo Chương "
            "trình GDPT 2018”."
        ),
        P("Tiết dạy minh họa bài “Thu điếu” (Nguyễn Khuyến) do cô Vũ Thị Thanh Hương thực hiện tại lớp 8A3."),
        Img(att("chuyen-de-ngu-van-8-01.jpg", 1041),
            "Cô Vũ Thị Thanh Hương và học sinh lớp 8A3 trong tiết dạy minh họa",
            "Cô Vũ Thị Thanh Hương và học sinh lớp 8A3 trong tiết dạy minh họa", "lazy/i"),
        P("Những điểm nhấn của tiết dạy", "h"),
        P("Tổ chức cho học sinh đọc diễn cảm, trao đổi theo nhóm bằng phiếu học tập;", "li"),
        P("Sử dụng sơ đồ tư duy để khái quát đặc điểm thơ Đường luật;", "li"),
        P("Kết nối bài học với trải nghiệm của học sinh về cảnh sắc mùa thu làng quê Bắc Bộ.", "li"),
        P(
            "Sau tiết dạy, các thầy cô đã thảo luận, chia sẻ những biện pháp giúp học sinh phát triển năng "
            "lực đọc hiểu văn bản theo đặc trưng thể loại."
        ),
        Img(att("chuyen-de-ngu-van-8-02.jpg", 1042), "(Ảnh: Ngô Quang Huy)", None, "lazy/i"),
        right("<b>Tin: Vũ Thị Thanh Hương - Ảnh: Ngô Quang Huy</b>"),
    ],
    authors=["Vũ Thị Thanh Hương"],
    photographers=["Ngô Quang Huy"],
    opts={
        "pid": 384, "at": "2026-11-18T14:10", "poster": "quantri", "views": 517,
        "stub": (69, "Chuyên đề dạy học phát triển năng lực môn Ngữ văn 8"),
    },
)

D1 = Story(
    id=83,
    slug="kinh-nghiem-on-thi-vao-lop-10-mon-toan-5-luu-y-danh-cho-hoc-sinh-lop-9",
    title="Kinh nghiệm ôn thi vào lớp 10 môn Toán: 5 lưu ý dành cho học sinh lớp 9",
    cat="9",
    published_at="2026-12-03T21:05:00+07:00",
    blocks=[
        P(
            "Chỉ còn khoảng 6 tháng nữa là đến kì thi tuyển sinh vào lớp 10 THPT năm học 2027 - 2028. Thầy xin "
            "chia sẻ với các em học sinh khối 9 một số lưu ý khi ôn tập môn Toán:"
        ),
        P("Nắm chắc kiến thức cơ bản trong sách giáo khoa trước khi làm bài nâng cao;", "ol"),
        P("Luyện kĩ năng trình bày lời giải rõ ràng, đặc biệt với bài toán thực tế và hình học;", "ol"),
        P("Làm đề theo thời gian quy định (120 phút) để rèn phân bổ thời gian hợp lí;", "ol"),
        P("Ghi lại các lỗi sai thường gặp vào một cuốn sổ riêng và xem lại trước mỗi buổi ôn;", "ol"),
        P("Giữ sức khỏe, ngủ đủ giấc, không thức quá khuya.", "ol"),
        P("Dưới đây là một bài toán thực tế để các em luyện tập:"),
        P(
            "Bài toán: Một mảnh vườn hình chữ nhật có chu vi 56 m. Nếu tăng chiều rộng thêm 4 m và giảm chiều "
            "dài đi 4 m thì diện tích tăng thêm 8 m². Tính kích thước ban đầu của mảnh vườn.",
            "kb",
        ),
        P("Gọi chiều rộng ban đầu của mảnh vườn là x (m), điều kiện 0 < x < 14.", "spoiler"),
        P("Chiều dài ban đầu là 28 - x (m).", "spoiler"),
        P("Ta có phương trình: (x + 4)(24 - x) = x(28 - x) + 8.", "spoiler"),
        P("Giải phương trình được x = 11. Vậy mảnh vườn có chiều rộng 11 m, chiều dài 17 m.", "spoiler"),
        P("Chúc các em ôn tập hiệu quả! 💪"),
    ],
    authors=["Hoàng Văn Dũng"],
    opts={
        "pid": 548, "at": "2026-12-03T21:05", "poster": "dung", "views": 284, "spoiler": "Gợi ý lời giải",
        "sig": (
            "<b>Hoàng Văn Dũng</b> - Giáo viên Toán, Tổ trưởng tổ KHTN<br />\n"
            "Zalo: 0912 468 357 - Email: dunghv.nbk@bacninh.edu.vn"
        ),
        "replies": [
            (553, "trang", "2026-12-04T07:20", None,
             "Cảm ơn thầy! Thư viện có tủ sách tham khảo ôn thi vào lớp 10, các em có thể đến mượn nhé."),
        ],
        "reactions": ("Trần Thu Trang", "Nguyễn Hải Yến", 9),
    },
)

E1 = Story(
    id=61,
    slug="lien-doi-phat-dong-phong-trao-ke-hoach-nho-thu-gom-giay-vun-nam-hoc-2026-2027",
    title="Liên đội phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn năm học 2026 - 2027",
    cat="7",
    published_at="2026-10-27T16:00:00+07:00",
    blocks=[
        P(
            "Sáng thứ Hai ngày 26/10/2026, trong giờ chào cờ đầu tuần, Liên đội Trường THCS Nguyễn Bỉnh Khiêm "
            "đã phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, vỏ chai nhựa năm học 2026 - 2027."
        ),
        P(
            "Phong trào nhằm giáo dục ý thức tiết kiệm, bảo vệ môi trường cho đội viên; số tiền thu được sẽ "
            "dùng để ủng hộ quỹ “Áo ấm cho em” dành cho học sinh vùng cao tỉnh Tuyên Quang."
        ),
        P(
            "Chỉ tiêu: mỗi đội viên thu gom tối thiểu 3 kg giấy vụn; các chi đội nộp sản phẩm vào sáng thứ "
            "Bảy ngày 21/11/2026 tại sân trường."
        ),
        Raw(
            '<div class="bbMediaWrapper" data-media-site-id="youtube" data-media-key="q8Zt3LwKp0E">\n'
            '\t<div class="bbMediaWrapper-inner">\n'
            '\t\t<iframe src="https://www.youtube.com/embed/q8Zt3LwKp0E?wmode=opaque&amp;start=0" loading="lazy" '
            'width="560" height="315" frameborder="0" allow="autoplay; encrypted-media" allowfullscreen="true">'
            "</iframe>\n\t</div>\n</div>\n"
        ),
        Img(att("ke-hoach-nho-2026.jpg", 1079), "Đại diện các chi đội nhận nhiệm vụ tại lễ phát động",
            "Đại diện các chi đội nhận nhiệm vụ tại lễ phát động", "lazy/i"),
        P(
            "Liên đội mong nhận được sự đồng hành, ủng hộ của các bậc phụ huynh để phong trào đạt kết quả cao."
        ),
        right("<b>Nguyễn Minh Tuấn - TPT Đội</b>"),
    ],
    authors=["Nguyễn Minh Tuấn"],
    opts={"pid": 340, "at": "2026-10-27T16:00", "poster": "quantri", "views": 377},
)

STORIES = [A1, A2, A3, A4, A5, B1, B2, B3, B4, B5, C1, D1, E1]
BY_ID = {s.id: s for s in STORIES}


# --- dates as XF prints them -------------------------------------------------------------------

_DAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]


def _dt(value: str) -> datetime:
    return datetime.fromisoformat(value).replace(tzinfo=TZ)


def xf_date(value: str) -> str:
    dt = _dt(value)
    return f"{dt.day:02d}/{dt.month:02d}/{dt.year}"


def xf_relative(value: str) -> str:
    """What XF prints for a guest: "Hôm nay lúc …", "Hôm qua lúc …", a weekday within the week, else the day."""
    dt = _dt(value)
    days = (NOW.date() - dt.date()).days
    hm = f"{dt.hour:02d}:{dt.minute:02d}"
    if days == 0:
        return f"Hôm nay lúc {hm}"
    if days == 1:
        return f"Hôm qua lúc {hm}"
    if 1 < days < 7:
        return f"{_DAYS[dt.weekday()]} lúc {hm}"
    return xf_date(value)


def xf_time(value: str, extra: str = "", cls: str = "u-dt") -> str:
    """The ``<time>`` element of XF 2.2: the instant only in attributes, a relative text inside."""
    dt = _dt(value)
    iso = dt.strftime("%Y-%m-%dT%H:%M:%S%z")
    return (
        f'<time {extra} class="{cls}" dir="auto" datetime="{iso}" data-time="{int(dt.timestamp())}" '
        f'data-date-string="{xf_date(value)}" data-time-string="{dt.hour:02d}:{dt.minute:02d}" '
        f'title="{xf_date(value)} lúc {dt.hour:02d}:{dt.minute:02d}">{xf_relative(value)}</time>'
    )


# --- emoji and BB code output -------------------------------------------------------------------

_EMOJI = {
    "👏": ("1f44f", ":clap:", "Clapping hands"),
    "💪": ("1f4aa", ":muscle:", "Flexed biceps"),
    "📌": ("1f4cc", ":pushpin:", "Pushpin"),
    "📚": ("1f4da", ":books:", "Books"),
}


def smilie(ch: str) -> str:
    code, short, name = _EMOJI[ch]
    return (
        f'<img class="smilie smilie--emoji" loading="lazy" alt="{ch}" title="{name}    {short}" '
        f'src="https://cdn.jsdelivr.net/joypixels/assets/6.6/png/unicode/64/{code}.png" '
        f'data-shortname="{short}" />'
    )


def emojify(markup: str) -> str:
    for ch in _EMOJI:
        markup = markup.replace(ch, smilie(ch))
    return markup


def classic_smilies(markup: str) -> str:
    return markup.replace(
        ":)",
        '<img src="/styles/default/xenforo/smilies/emojione/smile.png" class="smilie" loading="lazy" '
        'alt=":)" title="Smile    :)" data-shortname=":)" />',
    )


_GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"


def _file_name(src: str) -> str:
    slug = src.rstrip("/").rsplit("/", 1)[-1].rsplit(".", 1)[0]
    stem, _, ext = slug.rpartition("-")
    return f"{stem}.{ext}"


def render_img(st: Story, im: Img) -> str:
    kind, _, capstyle = im.style.partition("/")
    if kind == "lazy":
        name = _file_name(im.src)
        tag = (
            f'<img src="{_GIF}" data-src="{esc(im.src)}" class="bbImage lazyload" data-zoom-target="1" style="" '
            f'alt="{esc(name)}" title="{esc(name)}" width="1280" height="853" />'
        )
    elif kind == "proxy":
        original = re.search(r"image=([^&]+)", im.src).group(1)
        original = original.replace("%3A", ":").replace("%2F", "/")
        tag = (
            f'<img src="{esc(im.src)}" data-url="{esc(original)}" class="bbImage " data-zoom-target="1" '
            'style="" alt="" title="" loading="lazy" />'
        )
    else:  # imported from the old site: a plain [IMG]
        tag = f'<img src="{esc(im.src)}" data-url="" class="bbImage " data-zoom-target="1" style="" alt="" title="" />'
    line = ""
    if im.printed:
        cap = text(im.printed, nfd=bool(st.opts.get("nfd")))
        line = f"<br />\n<i>{cap}</i>" if capstyle == "i" else f"<br />\n{cap}"
    return f'<div style="text-align: center">{tag}{line}</div>\n'


def _inline(st: Story, value: str) -> str:
    return emojify(text(value, nfd=bool(st.opts.get("nfd"))))


def _line(st: Story, p: P) -> str:
    styles = p.style.split()
    value = p.text
    if "kb" in styles:
        label, _, rest = value.partition(":")
        inner = f"<b>{_inline(st, label + ':')}</b>{_inline(st, rest)}"
    else:
        inner = _inline(st, value)
    if "pin" in styles:
        label, _, rest = value.partition(":")
        inner = f"{smilie('📌')} <b>{_inline(st, label + ':')}</b>{_inline(st, rest)}"
    if "b" in styles:
        inner = f"<b>{inner}</b>"
    if "i" in styles:
        inner = f"<i>{inner}</i>"
    return inner + ("<br />\n" if "tight" in styles else "<br />\n<br />\n")


def _group_key(style: str) -> str | None:
    if style in ("th", "td"):
        return "table"
    if style in ("li", "ol", "quote", "spoiler"):
        return style
    return None


def _group(st: Story, key: str, items: list[P]) -> str:
    if key == "table":
        rows = []
        for p in items:
            tag = "th" if p.style == "th" else "td"
            rows.append("<tr>" + "".join(f"<{tag}>{_inline(st, c)}</{tag}>" for c in p.text.split(" | ")) + "</tr>")
        return '<div class="bbTable">\n<table style=\'width: 100%\'>' + "\n".join(rows) + "</table>\n</div>\n"
    if key in ("li", "ol"):
        tag = "ul" if key == "li" else "ol"
        lis = "".join(f'<li data-xf-list-type="{tag}">{_inline(st, p.text)}</li>\n' for p in items)
        return f"<{tag}>\n{lis}</{tag}>\n"
    if key == "quote":
        inner = "<br />\n".join(_inline(st, p.text) for p in items)
        return (
            '<blockquote class="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch">\n'
            '\t<div class="bbCodeBlock-content">\n'
            f'\t\t<div class="bbCodeBlock-expandContent js-expandContent ">\n\t\t\t{inner}\n\t\t</div>\n'
            '\t\t<div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">'
            "Bấm để xem thêm...</a></div>\n\t</div>\n</blockquote>\n"
        )
    # spoiler
    label = esc(st.opts.get("spoiler", ""))
    inner = "<br />\n".join(_inline(st, p.text) for p in items)
    return (
        '<div class="bbCodeSpoiler">\n'
        '\t<button type="button" class="button bbCodeSpoiler-button" data-xf-click="toggle" '
        'data-xf-init="tooltip" title="Bấm để hiện hoặc ẩn nội dung"><span class="button-text">\n'
        f'\t\t<span>Spoiler: <span class="bbCodeSpoiler-button-title">{label}</span></span>\n'
        "\t</span></button>\n"
        '\t<div class="bbCodeSpoiler-content">\n'
        '\t\t<div class="bbCodeBlock bbCodeBlock--spoiler">\n'
        f'\t\t\t<div class="bbCodeBlock-content">{inner}</div>\n'
        "\t\t</div>\n\t</div>\n</div>\n"
    )


def thread_url(st: Story, suffix: str = "") -> str:
    return f"/threads/{st.slug}.{st.id}/{suffix}"


_UNFURL = (
    '<div class="bbCodeBlock bbCodeBlock--unfurl    js-unfurl fauxBlockLink" data-unfurl="true" '
    'data-result-id="214" data-url="https://baobacninh.vn/giao-duc/nhieu-truong-hoc-trien-khai-hieu-qua-mo-hinh-'
    'truong-hoc-hanh-phuc-186512.html" data-host="baobacninh.vn" data-pending="false">\n'
    '\t<div class="contentRow">\n'
    '\t\t<div class="contentRow-figure contentRow-figure--fixedSmall js-unfurl-figure">\n'
    '\t\t\t<img src="/proxy.php?image=https%3A%2F%2Fbaobacninh.vn%2Fdata%2Fnews%2F2026%2F11%2F25%2F'
    'truong-hoc-hanh-phuc-1-thumb.jpg&amp;hash=0d9a77c1e35b2f4468a1c0e9b7f2d615" alt="baobacninh.vn" '
    'data-onerror="hide-parent"/>\n\t\t</div>\n'
    '\t\t<div class="contentRow-main">\n'
    '\t\t\t<h3 class="contentRow-header js-unfurl-title">\n'
    '\t\t\t\t<a href="https://baobacninh.vn/giao-duc/nhieu-truong-hoc-trien-khai-hieu-qua-mo-hinh-truong-hoc-'
    'hanh-phuc-186512.html" class="link link--external fauxBlockLink-blockLink" target="_blank" '
    'rel="nofollow ugc noopener" data-proxy-href="/proxy.php?link=https%3A%2F%2Fbaobacninh.vn%2Fgiao-duc%2F'
    '186512.html&amp;hash=b51c">\n'
    "\t\t\t\t\tNhiều trường học triển khai hiệu quả mô hình “Trường học hạnh phúc” - Báo Bắc Ninh điện tử\n"
    "\t\t\t\t</a>\n\t\t\t</h3>\n"
    '\t\t\t<div class="contentRow-snippet js-unfurl-desc">Năm học 2026 - 2027, nhiều trường học trên địa bàn '
    "tỉnh tiếp tục triển khai mô hình “Trường học hạnh phúc”, lấy học sinh làm trung tâm...</div>\n"
    '\t\t\t<div class="contentRow-minor contentRow-minor--hideLinks">\n'
    '\t\t\t\t<span class="js-unfurl-favicon">\n'
    '\t\t\t\t\t<img src="/proxy.php?image=https%3A%2F%2Fbaobacninh.vn%2Ffavicon.ico&amp;hash=77e0c3" '
    'alt="baobacninh.vn" class="bbCodeBlockUnfurl-icon" data-onerror="hide-parent"/>\n'
    "\t\t\t\t</span>\n\t\t\t\tbaobacninh.vn\n\t\t\t</div>\n\t\t</div>\n\t</div>\n</div>\n"
)


def _see_also() -> str:
    return (
        '<b>Xem thêm:</b> <a href="/index.php?threads/' + f'{B4.slug}.{B4.id}/" class="link link--internal">'
        f"{esc(B4.title)}</a><br />\n<br />\n"
    )


def render_body(st: Story) -> str:
    out: list[str] = []
    blocks = st.blocks
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append({"UNFURL": _UNFURL, "SEEALSO": _see_also()}.get(b.html, b.html))
            i += 1
            continue
        if isinstance(b, Img):
            out.append(render_img(st, b))
            i += 1
            continue
        key = _group_key(b.style)
        if key is None:
            out.append(_line(st, b))
            i += 1
            continue
        j = i
        while j < len(blocks) and isinstance(blocks[j], P) and _group_key(blocks[j].style) == key:
            j += 1
        out.append(_group(st, key, blocks[i:j]))
        i = j
    html_out = "".join(out)
    # XF trims trailing line breaks
    return re.sub(r"(<br />\n)+$", "", html_out)


def thread_title(st: Story) -> str:
    return text(st.title, nfd=bool(st.opts.get("nfd")))


def posts_of(st: Story) -> list[tuple[int, str, str]]:
    """(post id, member key, datetime) of every post of the thread, first post first."""
    first = (st.opts["pid"], st.opts["poster"], st.opts["at"])
    return [first] + [(r[0], r[1], r[2]) for r in st.opts.get("replies", [])]


def last_post(st: Story) -> tuple[int, str, str]:
    return posts_of(st)[-1]


def snippet(st: Story, size: int = 500) -> str:
    words = " ".join(p.text for p in st.blocks if isinstance(p, P))
    return words if len(words) <= size else words[:size].rsplit(" ", 1)[0] + "…"


# --- the page around everything -------------------------------------------------------------------

_CSRF = "1796440620,8a1c5e0f3b7d92c46e01a5f8b3c7d2e9"
ALBUM = (7, "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11", "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11")
VIDEO = (31, "clip-van-nghe-chao-mung-ngay-nha-giao-viet-nam-20-11", "Clip văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11")
PHOTOS = [(101, "dsc_0402-jpg", "DSC_0402.JPG"), (102, "dsc_0466-jpg", "DSC_0466.JPG")]
RESOURCES = {
    14: ("ke-hoach-giao-duc-nha-truong-nam-hoc-2026-2027", "Kế hoạch giáo dục nhà trường năm học 2026 - 2027"),
    15: ("quy-che-chi-tieu-noi-bo-nam-2026", "Quy chế chi tiêu nội bộ năm 2026"),
}


def album_url() -> str:
    return f"/media/albums/{ALBUM[1]}.{ALBUM[0]}/"


def video_url() -> str:
    return f"/media/{VIDEO[1]}.{VIDEO[0]}/"


def resource_url(rid: int, suffix: str = "") -> str:
    return f"/resources/{RESOURCES[rid][0]}.{rid}/{suffix}"


def _nav_item(label: str, href: str, nav_id: str, children: list[tuple[str, str]], selected: bool) -> str:
    sel = " is-selected" if selected else ""
    if not children:
        return (
            f'\t\t<li>\n\t\t\t<div class="p-navEl{sel}" >\n\t\t\t\t<a href="{href}" class="p-navEl-link " '
            f'data-xf-key="{nav_id[-1]}" data-nav-id="{nav_id}">{label}</a>\n\t\t\t</div>\n\t\t</li>\n'
        )
    rows = "".join(
        f'\t\t\t\t\t\t<a href="{h}" class="menu-linkRow u-indentDepth0 js-offCanvasCopy " '
        f'data-nav-id="{nav_id}{n}">{esc(t)}</a>\n'
        for n, (t, h) in enumerate(children)
    )
    return (
        f'\t\t<li>\n\t\t\t<div class="p-navEl{sel}" data-has-children="true">\n'
        f'\t\t\t\t<a href="{href}" class="p-navEl-link p-navEl-link--splitMenu " data-nav-id="{nav_id}">{label}</a>\n'
        '\t\t\t\t<a data-xf-key="1" data-xf-click="menu" data-menu-pos-ref="< .p-navEl" class="p-navEl-splitTrigger" '
        'role="button" tabindex="0" aria-label="Chuyển đổi mở rộng" aria-expanded="false" aria-haspopup="true"></a>\n'
        '\t\t\t\t<div class="menu menu--structural" data-menu="menu" aria-hidden="true">\n'
        f'\t\t\t\t\t<div class="menu-content">\n{rows}\t\t\t\t\t</div>\n\t\t\t\t</div>\n\t\t\t</div>\n\t\t</li>\n'
    )


def navigation(selected: str) -> str:
    items = [
        ("Diễn đàn", "/", "forums", [(FORUMS[f][1], forum_url(f)) for f in (2, 4, 6, 7)]),
        ("Có gì mới", "/whats-new/", "whatsNew", []),
        ("Thư viện ảnh", "/media/", "xfmg", [("Album: Lễ kỷ niệm 20/11", album_url()), ("Video: Văn nghệ 20/11", video_url())]),
        ("Văn bản", "/resources/", "xfrm", [(RESOURCES[r][1], resource_url(r)) for r in RESOURCES]),
        (
            "Giới thiệu",
            "/pages/gioi-thieu/",
            "nbkGioiThieu",
            [("Lịch công tác tuần", "/pages/lich-cong-tac/"), ("Nội quy diễn đàn", "/help/terms/"), ("Liên hệ", "/misc/contact")],
        ),
    ]
    lis = "".join(_nav_item(label, href, nid, ch, nid == selected) for label, href, nid, ch in items)
    return (
        '<div class="p-navSticky p-navSticky--primary" data-xf-init="sticky-header">\n<nav class="p-nav">\n'
        '\t<div class="p-nav-inner">\n'
        '\t\t<button type="button" class="button--plain p-nav-menuTrigger button" data-xf-click="off-canvas" '
        'data-menu=".js-headerOffCanvasMenu" tabindex="0" aria-label="Menu"><span class="button-text">\n'
        '\t\t\t<i aria-hidden="true"></i>\n\t\t</span></button>\n'
        '\t\t<div class="p-nav-smallLogo"><a href="/"><img src="/styles/nbk/logo-small.png" alt="THCS NBK" /></a></div>\n'
        '\t\t<div class="p-nav-scroller hScroller" data-xf-init="h-scroller" data-auto-scroll=".p-navEl.is-selected">\n'
        '\t\t<div class="hScroller-scroll">\n\t\t<ul class="p-nav-list js-offCanvasNavSource">\n'
        f"{lis}\t\t</ul>\n\t\t</div>\n\t\t</div>\n"
        '\t\t<div class="p-nav-opposite">\n'
        '\t\t\t<div class="p-navgroup p-account p-navgroup--guest">\n'
        '\t\t\t\t<a href="/login/" class="p-navgroup-link p-navgroup-link--textual p-navgroup-link--logIn" '
        'data-xf-click="overlay" data-follow-redirects="on"><span class="p-navgroup-linkText">Đăng nhập</span></a>\n'
        "\t\t\t</div>\n"
        '\t\t\t<div class="p-navgroup p-discovery">\n'
        '\t\t\t\t<a href="/search/" class="p-navgroup-link p-navgroup-link--iconic p-navgroup-link--search" '
        'data-xf-click="menu" data-xf-key="/" aria-label="Tìm kiếm" aria-expanded="false" aria-haspopup="true" '
        'title="Tìm kiếm"><i aria-hidden="true"></i><span class="p-navgroup-linkText">Tìm kiếm</span></a>\n'
        '\t\t\t\t<div class="menu menu--structural menu--wide" data-menu="menu" aria-hidden="true">\n'
        '\t\t\t\t\t<form action="/search/search" method="post" class="menu-content" data-xf-init="quick-search">\n'
        '\t\t\t\t\t\t<h3 class="menu-header">Tìm kiếm</h3>\n'
        '\t\t\t\t\t\t<div class="menu-row"><input type="text" class="input" name="keywords" placeholder="Tìm kiếm…" '
        'aria-label="Tìm kiếm" data-menu-autofocus="true" /></div>\n'
        '\t\t\t\t\t\t<div class="menu-row"><label class="iconic"><input type="checkbox" name="c[title_only]" value="1" />'
        '<i aria-hidden="true"></i><span class="iconic-label">Chỉ tìm trong tiêu đề</span></label></div>\n'
        '\t\t\t\t\t\t<div class="menu-footer"><span class="menu-footer-controls"><button type="submit" '
        'class="button--primary button button--icon button--icon--search"><span class="button-text">Tìm</span>'
        "</button></span></div>\n"
        f'\t\t\t\t\t\t<input type="hidden" name="_xfToken" value="{_CSRF}" />\n'
        "\t\t\t\t\t</form>\n\t\t\t\t</div>\n\t\t\t</div>\n\t\t</div>\n\t</div>\n</nav>\n</div>\n"
    )


def section_links(selected: str) -> str:
    if selected != "forums":
        return '<div class="p-sectionLinks p-sectionLinks--empty"></div>\n'
    links = [("Bài viết mới", "/whats-new/"), ("Tìm chủ đề", "/search/")]
    lis = "".join(
        f'\t\t<li><div class="p-navEl " ><a href="{h}" class="p-navEl-link " data-nav-id="sl{i}">{t}</a></div></li>\n'
        for i, (t, h) in enumerate(links)
    )
    return (
        '<div class="p-sectionLinks">\n\t<div class="p-sectionLinks-inner hScroller" data-xf-init="h-scroller">\n'
        f'\t<div class="hScroller-scroll">\n\t<ul class="p-sectionLinks-list">\n{lis}\t</ul>\n\t</div>\n\t</div>\n</div>\n'
    )


def breadcrumbs(items: list[tuple[str, str]], bottom: bool = False) -> str:
    lis = []
    for pos, (href, label) in enumerate([("/", "Diễn đàn"), *items], start=1):
        lis.append(
            '\t<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">\n'
            f'\t\t<a href="{href}" itemprop="item"><span itemprop="name">{esc(label)}</span></a>\n'
            f'\t\t<meta itemprop="position" content="{pos}" />\n\t</li>\n'
        )
    cls = "p-breadcrumbs p-breadcrumbs--bottom" if bottom else "p-breadcrumbs "
    return f'<ul class="{cls}" itemscope itemtype="https://schema.org/BreadcrumbList">\n{"".join(lis)}</ul>\n'


def avatar(key: str, size: str = "s") -> str:
    uid, name = MEMBERS[key][:2]
    px = {"xxs": 24, "xs": 32, "s": 48, "m": 96}[size]
    return (
        f'<a href="{member_url(key)}" class="avatar avatar--{size}" data-user-id="{uid}" data-xf-init="member-tooltip">'
        f'<img src="/data/avatars/{"s" if size in ("xxs", "xs", "s") else "m"}/0/{uid}.jpg?1694512337" '
        f'alt="{esc(name)}" class="avatar-u{uid}-{size}" width="{px}" height="{px}" loading="lazy" /></a>'
    )


def username(key: str, extra: str = "") -> str:
    uid, name = MEMBERS[key][:2]
    staff = '<span class="username--staff username--moderator username--admin">' if key == "quantri" else "<span>"
    return (
        f'<a href="{member_url(key)}" class="username {extra}" dir="auto" data-user-id="{uid}" '
        f'data-xf-init="member-tooltip">{staff}{esc(name)}</span></a>'
    )


def prefix_label(st: Story) -> str:
    pid = st.opts.get("prefix")
    if not pid:
        return ""
    label, cls = PREFIXES[pid]
    return f'<span class="label {cls}" dir="auto">{label}</span><span class="label-append">&nbsp;</span>'


#: the oldest item of each paginated forum: printed on its forum's page 2 only
PAGE2_ONLY = {A5.id, B5.id}


def by_last_post(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=lambda s: _dt(last_post(s)[2]), reverse=True)


def num(value: int) -> str:
    """Thousands with a dot, as the Vietnamese language pack prints them."""
    return f"{value:,}".replace(",", ".")


def _widget(key: str, wid: int, title: str, body: str, definition: str = "html") -> str:
    return (
        f'<div class="block" data-widget-id="{wid}" data-widget-key="{key}" data-widget-definition="{definition}">\n'
        f'\t<div class="block-container">\n\t\t<h3 class="block-minorHeader">{title}</h3>\n{body}\t</div>\n</div>\n'
    )


def sidebar() -> str:
    counter = (
        '\t\t<div class="block-body block-row">\n'
        '\t\t\t<table class="nbk-tk" style="width:100%;font-size:12px" cellpadding="2">\n'
        '\t\t\t<tr><td><img src="/styles/nbk/icon/online.gif" alt="" /> Đang online:</td><td align="right"><b>37</b></td></tr>\n'
        '\t\t\t<tr><td><img src="/styles/nbk/icon/today.gif" alt="" /> Hôm nay:</td><td align="right"><b>412</b></td></tr>\n'
        '\t\t\t<tr><td><img src="/styles/nbk/icon/yesterday.gif" alt="" /> Hôm qua:</td><td align="right"><b>538</b></td></tr>\n'
        '\t\t\t<tr><td><img src="/styles/nbk/icon/total.gif" alt="" /> Tổng truy cập:</td><td align="right"><b>1.284.567</b></td></tr>\n'
        "\t\t\t</table>\n\t\t</div>\n"
    )
    rows = []
    for st in by_last_post([s for s in STORIES if s.id not in PAGE2_ONLY])[:5]:
        pid, who, at = last_post(st)
        rows.append(
            '\t\t\t<li class="block-row">\n\t\t\t\t<div class="contentRow">\n'
            f'\t\t\t\t\t<div class="contentRow-figure">{avatar(who, "xxs")}</div>\n'
            '\t\t\t\t\t<div class="contentRow-main contentRow-main--close">\n'
            f'\t\t\t\t\t\t<a href="{thread_url(st, f"post-{pid}")}">{prefix_label(st)}{thread_title(st)}</a>\n'
            '\t\t\t\t\t\t<div class="contentRow-minor contentRow-minor--hideLinks">\n'
            '\t\t\t\t\t\t\t<ul class="listInline listInline--bullet">\n'
            f"\t\t\t\t\t\t\t\t<li>Người gửi mới nhất: {esc(MEMBERS[who][1])}</li>\n"
            f"\t\t\t\t\t\t\t\t<li>{xf_time(at)}</li>\n\t\t\t\t\t\t\t</ul>\n\t\t\t\t\t\t</div>\n"
            '\t\t\t\t\t\t<div class="contentRow-minor contentRow-minor--hideLinks">\n'
            f'\t\t\t\t\t\t\t<a href="{forum_url(int(st.cat))}">{FORUMS[int(st.cat)][1]}</a>\n'
            "\t\t\t\t\t\t</div>\n\t\t\t\t\t</div>\n\t\t\t\t</div>\n\t\t\t</li>\n"
        )
    newest = '\t\t<ul class="block-body">\n' + "".join(rows) + "\t\t</ul>\n"
    most = sorted((s for s in STORIES if s.id not in PAGE2_ONLY), key=lambda s: -s.opts["views"])[:5]
    most_rows = "".join(
        f'\t\t\t<li class="block-row"><span class="nbk-so">{n}</span> <a href="{thread_url(s)}" '
        f'title="{esc(s.title)}">{thread_title(s)}</a> <span class="u-muted">({num(s.opts["views"])} lượt xem)</span></li>\n'
        for n, s in enumerate(most, start=1)
    )
    most_read = f'\t\t<ol class="block-body nbk-xemnhieu">\n{most_rows}\t\t</ol>\n'
    poll = (
        '\t\t<form action="/threads/khao-sat-y-kien-cha-me-hoc-sinh-ve-dien-dan.31/poll/vote" method="post" '
        'class="block-body" data-xf-init="ajax-submit poll-block" data-poll-id="4">\n'
        f'\t\t\t<input type="hidden" name="_xfToken" value="{_CSRF}" />\n'
        '\t\t\t<div class="block-row"><h4 class="pollBlock-title">Quý phụ huynh đánh giá thế nào về Diễn đàn của nhà trường?</h4></div>\n'
        '\t\t\t<div class="block-row"><ul class="inputChoices">\n'
        + "".join(
            f'\t\t\t\t<li class="inputChoices-choice"><label class="iconic iconic--radio"><input type="radio" '
            f'name="responses[]" value="{v}" /><i aria-hidden="true"></i><span class="iconic-label">{t}</span></label></li>\n'
            for v, t in [
                (11, "Rất hữu ích, thông tin cập nhật kịp thời"),
                (12, "Hữu ích nhưng cần thêm thông tin"),
                (13, "Khó tìm thông tin"),
            ]
        )
        + "\t\t\t</ul></div>\n"
        '\t\t\t<div class="block-footer"><span class="block-footer-controls"><button type="submit" '
        'class="button--primary button"><span class="button-text">Bình chọn</span></button></span>'
        '<span class="u-muted">Kết quả chỉ hiển thị sau khi bình chọn.</span></div>\n\t\t</form>\n'
    )
    links = (
        '\t\t<ul class="block-body nbk-lienket">\n'
        + "".join(
            f'\t\t\t<li class="block-row"><a href="{h}" target="_blank" rel="noopener"><img src="/data/assets/banner/{img}" '
            f'alt="{t}" width="250" height="60" /></a></li>\n'
            for t, h, img in [
                ("Bộ Giáo dục và Đào tạo", "https://moet.gov.vn", "bo-gddt.png"),
                ("Sở GD&amp;ĐT Bắc Ninh", "https://sgddt.bacninh.gov.vn", "so-gddt-bac-ninh.png"),
                ("Sổ liên lạc điện tử SMAS", "https://smas.edu.vn", "smas.png"),
                ("Cơ sở dữ liệu ngành", "https://csdl.moet.gov.vn", "csdl-nganh.png"),
            ]
        )
        + "\t\t</ul>\n"
    )
    online = (
        '\t\t<div class="block-body">\n\t\t\t<div class="block-row block-row--minor">\n'
        f'\t\t\t\t<ul class="listInline listInline--comma">\n\t\t\t\t\t<li>{username("quantri")}</li>'
        f'<li>{username("dung")}</li>\n\t\t\t\t</ul>\n\t\t\t</div>\n'
        '\t\t\t<div class="block-footer">\n\t\t\t\t<span class="block-footer-counter">Tổng: 37 (thành viên: 2, khách: 35)</span>\n'
        "\t\t\t</div>\n\t\t</div>\n"
    )
    stats = (
        '\t\t<div class="block-body block-row">\n'
        '\t\t\t<dl class="pairs pairs--justified count--threads"><dt>Chủ đề</dt><dd>13</dd></dl>\n'
        '\t\t\t<dl class="pairs pairs--justified count--messages"><dt>Bài viết</dt><dd>18</dd></dl>\n'
        '\t\t\t<dl class="pairs pairs--justified count--users"><dt>Thành viên</dt><dd>1.203</dd></dl>\n'
        f'\t\t\t<dl class="pairs pairs--justified"><dt>Thành viên mới nhất</dt><dd>{username("ph6a2")}</dd></dl>\n'
        "\t\t</div>\n"
    )
    return (
        '<div class="p-body-sidebar">\n\t<div class="p-body-sidebar-inner">\n'
        + _widget("nbk_thong_ke_truy_cap", 12, "Thống kê truy cập", counter)
        + _widget("forum_overview_new_posts", 5, "Bài viết mới", newest, "new_posts")
        + _widget("nbk_xem_nhieu", 14, "Chủ đề xem nhiều", most_read)
        + _widget("nbk_binh_chon", 9, "Bình chọn", poll, "poll")
        + _widget("nbk_lien_ket", 13, "Liên kết website", links)
        + _widget("forum_overview_members_online", 3, "Thành viên trực tuyến", online, "members_online")
        + _widget("forum_overview_forum_statistics", 4, "Thống kê diễn đàn", stats, "forum_statistics")
        + "\t</div>\n</div>\n"
    )


_NOTICE = (
    '<ul class="notices notices--block  js-notices" data-xf-init="notices" data-type="block" data-scroll-interval="6">\n'
    '\t<li class="notice js-notice notice--primary" data-notice-id="3" data-delay-duration="0" '
    'data-display-duration="0" data-auto-dismiss="" data-visibility="">\n'
    '\t\t<div class="notice-content">\n'
    "\t\t\t<b>Chào mừng quý phụ huynh và các em học sinh đến với Diễn đàn Trường THCS Nguyễn Bỉnh Khiêm!</b> "
    "Lịch kiểm tra cuối học kì I năm học 2026 - 2027 đã được đăng tại mục "
    '<a href="{b1}">Thông báo</a>.\n\t\t</div>\n\t</li>\n</ul>\n'
)


def footer() -> str:
    return (
        '<footer class="p-footer" id="footer">\n\t<div class="p-footer-inner">\n'
        '\t\t<div class="p-footer-row">\n\t\t\t<div class="p-footer-row-opposite">\n'
        '\t\t\t\t<ul class="p-footer-linkList">\n'
        '\t\t\t\t\t<li><a href="/misc/contact" data-xf-click="overlay">Liên hệ</a></li>\n'
        '\t\t\t\t\t<li><a href="/help/terms/">Điều khoản và quy định</a></li>\n'
        '\t\t\t\t\t<li><a href="#top" title="Lên đầu trang"><i class="fa--xf far fa-arrow-up" aria-hidden="true"></i></a></li>\n'
        '\t\t\t\t\t<li><a href="/forums/-/index.rss" target="_blank" class="p-footer-rssLink" title="RSS">'
        '<span aria-hidden="true"><i class="fa--xf far fa-rss" aria-hidden="true"></i><span class="u-srOnly">RSS</span></span></a></li>\n'
        "\t\t\t\t</ul>\n\t\t\t</div>\n\t\t</div>\n"
        '\t\t<div class="nbk-ft" style="text-align:center;font-size:12px;line-height:1.7;padding:10px 0">\n'
        "\t\t\t<b>TRƯỜNG THCS NGUYỄN BỈNH KHIÊM - PHƯỜNG BẮC GIANG, TỈNH BẮC NINH</b><br>\n"
        "\t\t\tĐịa chỉ: Số 86 đường Nguyễn Thị Lưu, phường Bắc Giang, tỉnh Bắc Ninh<br>\n"
        '\t\t\tĐiện thoại: 0204 3854 216 - Email: <a href="mailto:c2nguyenbinhkhiem@bacninh.edu.vn">'
        "c2nguyenbinhkhiem@bacninh.edu.vn</a><br>\n"
        "\t\t\tChịu trách nhiệm nội dung: Hiệu trưởng Nguyễn Văn Thắng\n\t\t</div>\n"
        '\t\t<div class="p-footer-copyright">\n'
        '\t\t\t<a href="https://xenforo.com" class="u-concealed" dir="ltr" target="_blank" rel="sponsored noopener">'
        'Community platform by XenForo<sup>&reg;</sup> <span class="copyright">&copy; 2010-2022 XenForo Ltd.</span></a>\n'
        "\t\t\t| Bản dịch tiếng Việt: XenForo Việt Nam<br>\n"
        "\t\t\t&copy; 2026 Trường THCS Nguyễn Bỉnh Khiêm. Ghi rõ nguồn khi phát hành lại thông tin từ diễn đàn này.\n"
        "\t\t</div>\n\t</div>\n</footer>\n"
    )


def page(
    request: Request,
    *,
    title: str,
    h1: str,
    content: str,
    crumbs: list[tuple[str, str]],
    template: str,
    nav: str = "forums",
    description: str = "",
    head: str = "",
    status: int = 200,
    keys: str = 'data-container-key="" data-content-key=""',
) -> Response:
    root = base_url(request)
    doc = (
        "<!DOCTYPE html>\n"
        f'<html id="XF" lang="vi-VN" dir="LTR" data-app="public" data-template="{template}" {keys} '
        f'data-logged-in="false" data-cookie-prefix="xf_" data-csrf="{_CSRF}" class="has-no-js template-{template}">\n'
        "<head>\n\t<meta charset=\"utf-8\" />\n\t<meta http-equiv=\"X-UA-Compatible\" content=\"IE=Edge\" />\n"
        '\t<meta name="viewport" content="width=device-width, initial-scale=1, viewport-fit=cover">\n'
        f"\t<title>{title} | {SITE}</title>\n"
        '\t<link rel="manifest" href="/webmanifest.php">\n\t<meta name="theme-color" content="#1d4f91" />\n'
        '\t<meta name="apple-mobile-web-app-title" content="THCS NBK">\n'
        f'\t<link rel="apple-touch-icon" href="{root}/styles/nbk/apple-touch-icon.png" />\n'
        f"{head}"
        f'\t<link rel="alternate" type="application/rss+xml" title="Nguồn cấp RSS cho {SITE}" href="/forums/-/index.rss" />\n'
        '\t<link rel="stylesheet" href="/css.php?css=public%3Anormalize.css%2Cpublic%3Afa.css%2Cpublic%3Acore.less'
        '%2Cpublic%3Aapp.less&amp;s=3&amp;l=2&amp;d=1764312000&amp;k=4f1c0d2be3a8a6f1e27c5b9d0e8a7c3f61b4d5e2" />\n'
        '\t<link rel="stylesheet" href="/css.php?css=public%3Abb_code.less%2Cpublic%3Amessage.less%2Cpublic%3Aextra.less'
        '&amp;s=3&amp;l=2&amp;d=1764312000&amp;k=9ab3e71c2f5d8a0b4c6e1f3a7d9b2c5e8f0a1d4b" />\n'
        '\t<script src="/js/xf/preamble.min.js?_v=b1f3c2a7"></script>\n'
        '\t<link rel="icon" type="image/png" href="/styles/nbk/favicon-32.png" sizes="32x32" />\n'
        "</head>\n"
        f'<body data-template="{template}">\n\n<div class="p-pageWrapper" id="top">\n\n'
        '<div class="nbk-topbar" style="background:#0d3a6e;color:#fff;font-size:12px;padding:4px 12px">\n'
        f'\t<span class="nbk-ngay"><i class="fa--xf far fa-calendar-alt"></i> {TODAY_LINE}</span>\n'
        '\t<span class="nbk-hotline" style="float:right">Đường dây nóng: 0204 3854 216</span>\n</div>\n'
        '<header class="p-header" id="header">\n\t<div class="p-header-inner">\n\t\t<div class="p-header-content">\n'
        '\t\t\t<div class="p-header-logo p-header-logo--image">\n\t\t\t\t<a href="/">\n'
        '\t\t\t\t\t<img src="/styles/nbk/logo-thcs-nbk.png" srcset="/styles/nbk/logo-thcs-nbk@2x.png 2x" '
        f'alt="{SITE}" width="420" height="72" />\n\t\t\t\t</a>\n\t\t\t</div>\n'
        '\t\t\t<div class="nbk-khauhieu" style="color:#c4161c;font-weight:bold;font-style:italic">'
        "Dạy tốt - Học tốt - Rèn luyện tốt</div>\n"
        "\t\t</div>\n\t</div>\n</header>\n\n"
        f"{navigation(nav)}{section_links(nav)}"
        '<div class="offCanvasMenu offCanvasMenu--nav js-headerOffCanvasMenu" data-menu="menu" aria-hidden="true" '
        'data-ocm-builder="navigation">\n\t<div class="offCanvasMenu-backdrop" data-menu-close="true"></div>\n'
        '\t<div class="offCanvasMenu-content"><div class="offCanvasMenu-header">Menu<a class="offCanvasMenu-closer" '
        'data-menu-close="true" role="button" tabindex="0" aria-label="Đóng"></a></div>'
        '<div class="js-offCanvasNavTarget"></div></div>\n</div>\n\n'
        '<div class="p-body">\n\t<div class="p-body-inner">\n\t\t<!--XF:EXTRA_OUTPUT-->\n'
        + _NOTICE.format(b1=thread_url(B1))
        + breadcrumbs(crumbs)
        + '<noscript class="js-jsWarning"><div class="blockMessage blockMessage--important blockMessage--iconic '
        'u-noJsOnly">JavaScript bị vô hiệu hóa. Để có trải nghiệm tốt hơn, hãy kích hoạt JavaScript trong trình '
        "duyệt của bạn trước khi tiếp tục.</div></noscript>\n"
        '<div class="p-body-header">\n\t<div class="p-title ">\n'
        f'\t\t<h1 class="p-title-value">{h1}</h1>\n\t</div>\n{description}</div>\n\n'
        '<div class="p-body-main p-body-main--withSidebar ">\n'
        '\t<div class="p-body-contentCol"></div>\n\t<div class="p-body-sidebarCol"></div>\n'
        f'\t<div class="p-body-content">\n\t\t<div class="p-body-pageContent">\n{content}\t\t</div>\n\t</div>\n'
        f"{sidebar()}</div>\n\n"
        + breadcrumbs(crumbs, bottom=True)
        + "\t</div>\n</div>\n\n"
        + footer()
        + "</div> <!-- closing p-pageWrapper -->\n\n"
        '<div class="u-bottomFixer js-bottomFixTarget"></div>\n'
        '<script src="/js/vendor/jquery/jquery-3.5.1.min.js?_v=b1f3c2a7"></script>\n'
        '<script src="/js/xf/core-compiled.js?_v=b1f3c2a7"></script>\n'
        '<script src="/js/nbk/lazysizes.min.js?_v=b1f3c2a7"></script>\n'
        "<script>\n\tjQuery.extend(true, XF.config, {\n\t\tuserId: 0,\n\t\tenablePush: false,\n"
        f'\t\tcsrf: \'{_CSRF}\',\n\t\ttime: {{ now: {int(NOW.timestamp())}, today: 1796403600, todayDow: 6 }},\n'
        "\t\tcookie: { path: '/', domain: '', prefix: 'xf_', secure: false }\n\t});\n</script>\n"
        "</body>\n</html>\n"
    )
    headers = {
        "Set-Cookie": "xf_csrf=8a1c5e0f3b7d92c4; path=/; httponly",
        "X-Frame-Options": "SAMEORIGIN",
        "Cache-Control": "private, no-cache, max-age=0",
    }
    return html(doc, status=status, headers=headers)


# --- thread view ---------------------------------------------------------------------------------


def _user_cell(key: str) -> str:
    _, _, title, banner, joined, count = MEMBERS[key]
    banner_html = (
        f'\t\t\t\t\t<div class="userBanner userBanner--staff message-userBanner" dir="auto"><span class="userBanner-before">'
        f"</span><strong>{esc(banner)}</strong><span class=\"userBanner-after\"></span></div>\n"
        if banner
        else ""
    )
    return (
        '\t\t<div class="message-cell message-cell--user">\n'
        '\t\t\t<section class="message-user" itemprop="author" itemscope itemtype="https://schema.org/Person">\n'
        f'\t\t\t\t<div class="message-avatar "><div class="message-avatar-wrapper">{avatar(key, "m")}</div></div>\n'
        '\t\t\t\t<div class="message-userDetails">\n'
        f'\t\t\t\t\t<h4 class="message-name">{username(key)}</h4>\n'
        f'\t\t\t\t\t<h5 class="userTitle message-userTitle" dir="auto" itemprop="jobTitle">{esc(title)}</h5>\n'
        f"{banner_html}\t\t\t\t</div>\n"
        '\t\t\t\t<div class="message-userExtras">\n'
        f'\t\t\t\t\t<dl class="pairs pairs--justified"><dt>Tham gia</dt><dd>{joined}</dd></dl>\n'
        f'\t\t\t\t\t<dl class="pairs pairs--justified"><dt>Bài viết</dt><dd>{count}</dd></dl>\n'
        "\t\t\t\t</div>\n\t\t\t\t<span class=\"message-userArrow\"></span>\n\t\t\t</section>\n\t\t</div>\n"
    )


def _attachments(st: Story) -> str:
    files = st.opts.get("attach")
    if not files:
        return ""
    lis = "".join(
        f'\t\t\t\t<li class="file file--linked">\n\t\t\t\t\t<a class="u-anchorTarget" name="attachment-{aid}"></a>\n'
        f'\t\t\t\t\t<a class="file-preview" href="{att(name, aid)}" target="_blank">'
        '<span class="file-typeIcon"><i class="fa--xf far fa-file-pdf" aria-hidden="true"></i></span></a>\n'
        '\t\t\t\t\t<div class="file-content">\n\t\t\t\t\t\t<div class="file-info">\n'
        f'\t\t\t\t\t\t\t<span class="file-name" title="{esc(name)}">{esc(name)}</span>\n'
        f'\t\t\t\t\t\t\t<div class="file-meta">{size} · Xem: {views}</div>\n'
        "\t\t\t\t\t\t</div>\n\t\t\t\t\t</div>\n\t\t\t\t</li>\n"
        for name, aid, size, views in files
    )
    return (
        '\t\t\t<section class="message-attachments">\n\t\t\t\t<h4 class="block-textHeader">Đính kèm</h4>\n'
        f'\t\t\t\t<ul class="attachmentList">\n{lis}\t\t\t\t</ul>\n\t\t\t</section>\n'
    )


def _reactions(pid: int, who: tuple[str, str, int] | None) -> str:
    if not who:
        return ""
    a, b, more = who
    return (
        '\t\t\t<div class="reactionsBar js-reactionsList is-active">\n'
        '\t\t\t\t<ul class="reactionSummary"><li><span class="reaction reaction--small reaction--1" data-reaction-id="1">'
        f'<i aria-hidden="true"></i><img src="{_GIF}" class="reaction-sprite js-reaction" alt="Thích" title="Thích" />'
        "</span></li></ul>\n\t\t\t\t<span class=\"u-srOnly\">Cảm xúc:</span>\n"
        f'\t\t\t\t<a class="reactionsBar-link" href="/posts/{pid}/reactions" data-xf-click="overlay" data-cache="false" '
        f'rel="nofollow"><bdi>{esc(a)}</bdi>, <bdi>{esc(b)}</bdi> và {more} người khác</a>\n\t\t\t</div>\n'
    )


def _reply_body(st: Story, quote: str | None, body: str) -> str:
    out = ""
    if quote:
        _, qpid, qwho, qtext = quote.split(":", 3)
        qname = MEMBERS[qwho][1]
        out += (
            f'<blockquote data-attributes="member: {MEMBERS[qwho][0]}" data-quote="{esc(qname)}" data-source="post: {qpid}"\n'
            '\tclass="bbCodeBlock bbCodeBlock--expandable bbCodeBlock--quote js-expandWatch">\n'
            '\t<div class="bbCodeBlock-title">\n'
            f'\t\t<a href="/goto/post?id={qpid}" class="bbCodeBlock-sourceJump" rel="nofollow" data-xf-click="attribution" '
            f'data-content-selector="#post-{qpid}">{esc(qname)} đã viết:</a>\n\t</div>\n'
            '\t<div class="bbCodeBlock-content">\n'
            f'\t\t<div class="bbCodeBlock-expandContent js-expandContent ">\n\t\t\t{esc(qtext)}\n\t\t</div>\n'
            '\t\t<div class="bbCodeBlock-expandLink js-expandLink"><a role="button" tabindex="0">Bấm để xem thêm...</a></div>\n'
            "\t</div>\n</blockquote>"
        )
    return out + classic_smilies(esc(body))


_PUB = 'itemprop="datePublished"'


def post_html(st: Story, pid: int, who: str, at: str, position: int, bb: str, *, first: bool) -> str:
    """One ``message--post`` (discussion threads: first post and replies; article threads: replies)."""
    link = thread_url(st, f"post-{pid}")
    name = MEMBERS[who][1]
    extras = ""
    if first:
        extras += _attachments(st)
        edited = st.opts.get("edited")
        if edited:
            extras += f'\t\t\t<div class="message-lastEdit">{edited[0]}: {xf_time(edited[1])}</div>\n'
        if st.opts.get("sig"):
            extras += (
                '\t\t\t<aside class="message-signature">\n'
                f'\t\t\t\t<div class="bbWrapper">{emojify(st.opts["sig"])}</div>\n\t\t\t</aside>\n'
            )
    reactions = _reactions(pid, st.opts.get("reactions")) if first else ""
    return (
        f'<article class="message message--post js-post js-inlineModContainer  " data-author="{esc(name)}" '
        f'data-content="post-{pid}" id="js-post-{pid}">\n'
        f'\t<span class="u-anchorTarget" id="post-{pid}"></span>\n\t<div class="message-inner">\n'
        + _user_cell(who)
        + '\t\t<div class="message-cell message-cell--main">\n\t\t<div class="message-main js-quickEditTarget">\n'
        '\t\t\t<header class="message-attribution message-attribution--split">\n'
        '\t\t\t\t<ul class="message-attribution-main listInline ">\n'
        f'\t\t\t\t\t<li class="u-concealed"><a href="{link}" rel="nofollow">{xf_time(at, _PUB)}</a></li>\n'
        "\t\t\t\t</ul>\n"
        '\t\t\t\t<ul class="message-attribution-opposite message-attribution-opposite--list ">\n'
        f'\t\t\t\t\t<li><a href="{link}" class="message-attribution-gadget" data-xf-init="share-tooltip" '
        f'data-href="/posts/{pid}/share" aria-label="Chia sẻ" rel="nofollow"><i class="fa--xf far fa-share-alt" '
        'aria-hidden="true"></i></a></li>\n'
        f'\t\t\t\t\t<li><a href="{link}" rel="nofollow">#{position}</a></li>\n'
        "\t\t\t\t</ul>\n\t\t\t</header>\n"
        '\t\t\t<div class="message-content js-messageContent">\n'
        f'\t\t\t<div class="message-userContent lbContainer js-lbContainer " data-lb-id="post-{pid}" '
        f'data-lb-caption-desc="{esc(name)} &middot; {xf_date(at)} lúc {at[11:16]}">\n'
        '\t\t\t\t<article class="message-body js-selectToQuote">\n'
        f'\t\t\t\t\t<div itemprop="text">\n\t\t\t\t\t\t<div class="bbWrapper">{bb}</div>\n\t\t\t\t\t</div>\n'
        '\t\t\t\t\t<div class="js-selectToQuoteEnd">&nbsp;</div>\n\t\t\t\t</article>\n\t\t\t</div>\n'
        f"{extras}\t\t\t</div>\n"
        '\t\t\t<footer class="message-footer">\n'
        '\t\t\t\t<div class="message-actionBar actionBar"></div>\n'
        f"{reactions}"
        '\t\t\t\t<div class="js-historyTarget message-historyTarget toggleTarget" data-href="trigger-href"></div>\n'
        "\t\t\t</footer>\n\t\t</div>\n\t\t</div>\n\t</div>\n</article>\n\n"
    )


def article_html(st: Story) -> str:
    """The first post of an "Article" thread: wide, no user cell, the byline line on top."""
    pid, who, at = st.opts["pid"], st.opts["poster"], st.opts["at"]
    edited = st.opts.get("edited")
    last_edit = f'\t\t\t\t<div class="message-lastEdit">{edited[0]}: {xf_time(edited[1])}</div>\n' if edited else ""
    return (
        f'<article class="message message--article js-post js-inlineModContainer  " data-author="{esc(MEMBERS[who][1])}" '
        f'data-content="post-{pid}" id="js-post-{pid}">\n'
        f'\t<span class="u-anchorTarget" id="post-{pid}"></span>\n\t<div class="message-inner">\n'
        '\t\t<div class="message-cell message-cell--main">\n\t\t<div class="message-main js-quickEditTarget">\n'
        '\t\t\t<header class="message-attribution message-attribution--plain">\n'
        '\t\t\t\t<ul class="listInline listInline--bullet">\n'
        f'\t\t\t\t\t<li class="message-attribution-user">{avatar(who, "xxs")}\n'
        f'\t\t\t\t\t\t<h4 class="attribution">{username(who)}</h4></li>\n'
        f'\t\t\t\t\t<li><a href="{thread_url(st)}" class="u-concealed">{xf_time(at, _PUB)}</a></li>\n'
        f'\t\t\t\t\t<li><i class="fa--xf far fa-eye" aria-hidden="true"></i> {num(st.opts["views"])}</li>\n'
        "\t\t\t\t</ul>\n\t\t\t</header>\n"
        '\t\t\t<div class="message-content js-messageContent">\n'
        f'\t\t\t\t<div class="message-userContent lbContainer js-lbContainer " data-lb-id="post-{pid}" '
        f'data-lb-caption-desc="{esc(MEMBERS[who][1])} &middot; {xf_date(at)} lúc {at[11:16]}">\n'
        '\t\t\t\t\t<article class="message-body js-selectToQuote">\n'
        f'\t\t\t\t\t\t<div itemprop="text">\n\t\t\t\t\t\t\t<div class="bbWrapper">{render_body(st)}</div>\n'
        "\t\t\t\t\t\t</div>\n\t\t\t\t\t</article>\n\t\t\t\t</div>\n"
        f"{_attachments(st)}{last_edit}"
        + (
            '\t\t\t\t<aside class="message-signature">\n'
            f'\t\t\t\t\t<div class="bbWrapper">{emojify(st.opts["sig"])}</div>\n\t\t\t\t</aside>\n'
            if st.opts.get("sig")
            else ""
        )
        + "\t\t\t</div>\n"
        '\t\t\t<footer class="message-footer">\n'
        f"{_reactions(pid, st.opts.get('reactions'))}"
        "\t\t\t</footer>\n\t\t</div>\n\t\t</div>\n\t</div>\n</article>\n"
    )


def struct_item(st: Story, *, with_forum: bool = False, latest: bool = True) -> str:
    """A thread row of a listing (``structItem--thread``)."""
    _, who, at = last_post(st)
    replies = len(st.opts.get("replies", []))
    sticky = st.opts.get("sticky")
    statuses = (
        '\t\t<ul class="structItem-statuses">\n\t\t\t<li><i class="structItem-status structItem-status--sticky" '
        'aria-hidden="true" title="Chú ý"></i><span class="u-srOnly">Chú ý</span></li>\n\t\t</ul>\n'
        if sticky
        else ""
    )
    prefix = ""
    if st.opts.get("prefix"):
        label, cls = PREFIXES[st.opts["prefix"]]
        prefix = (
            f'\t\t\t<a href="{forum_url(int(st.cat))}?prefix_id={st.opts["prefix"]}" class="labelLink" rel="nofollow">'
            f'<span class="label {cls}" dir="auto">{label}</span></a>\n'
        )
    forum_part = (
        f'\t\t\t\t<li><a href="{forum_url(int(st.cat))}">{FORUMS[int(st.cat)][1]}</a></li>\n' if with_forum else ""
    )
    latest_cell = (
        '\t<div class="structItem-cell structItem-cell--latest">\n'
        f'\t\t<a href="{thread_url(st, "latest")}" rel="nofollow">{xf_time(at, cls="structItem-latestDate u-dt")}</a>\n'
        f'\t\t<div class="structItem-minor">{username(who)}</div>\n\t</div>\n'
        if latest
        else ""
    )
    return (
        f'<div class="structItem structItem--thread{" is-prefix" + str(st.opts["prefix"]) if st.opts.get("prefix") else ""} '
        f'js-inlineModContainer js-threadListItem-{st.id}" data-author="{esc(MEMBERS[st.opts["poster"]][1])}">\n'
        f'\t<div class="structItem-cell structItem-cell--icon">\n\t\t<div class="structItem-iconContainer">\n'
        f'\t\t\t{avatar(st.opts["poster"])}\n\t\t</div>\n\t</div>\n'
        '\t<div class="structItem-cell structItem-cell--main" data-xf-init="touch-proxy">\n'
        f"{statuses}"
        f'\t\t<div class="structItem-title">\n{prefix}'
        f'\t\t\t<a href="{thread_url(st)}" class="" data-tp-primary="on" data-xf-init="preview-tooltip" '
        f'data-preview-url="{thread_url(st, "preview")}">{thread_title(st)}</a>\n\t\t</div>\n'
        '\t\t<div class="structItem-minor">\n\t\t\t<ul class="structItem-parts">\n'
        f'\t\t\t\t<li>{username(st.opts["poster"])}</li>\n'
        f'\t\t\t\t<li class="structItem-startDate"><a href="{thread_url(st)}" rel="nofollow">{xf_time(st.opts["at"])}</a></li>\n'
        f"{forum_part}\t\t\t</ul>\n\t\t</div>\n\t</div>\n"
        f'\t<div class="structItem-cell structItem-cell--meta" title="Điểm tương tác của bài viết đầu tiên: {st.id % 17 + 3}">\n'
        f'\t\t<dl class="pairs pairs--justified"><dt>Trả lời</dt><dd>{replies}</dd></dl>\n'
        f'\t\t<dl class="pairs pairs--justified structItem-minor"><dt>Lượt xem</dt><dd>{num(st.opts["views"])}</dd></dl>\n'
        f"\t</div>\n{latest_cell}</div>\n"
    )


def similar_threads(st: Story) -> str:
    pool = [s for s in by_last_post(STORIES) if s.id not in PAGE2_ONLY and s.id != st.id]
    same = [s for s in pool if s.cat == st.cat]
    picks = (same + [s for s in pool if s not in same])[:3]
    rows = "".join(struct_item(s, with_forum=True, latest=False) for s in picks)
    return (
        '<div class="block" data-widget-id="20" data-widget-key="xfes_thread_view_below_quick_reply_similar_threads" '
        'data-widget-definition="xfes_similar_threads">\n\t<div class="block-container">\n'
        '\t\t<h3 class="block-header">Chủ đề tương tự</h3>\n\t\t<div class="block-body">\n'
        f'\t\t\t<div class="structItemContainer">\n{rows}\t\t\t</div>\n\t\t</div>\n\t</div>\n</div>\n'
    )


def share_block(request: Request, st: Story) -> str:
    url = base_url(request) + thread_url(st)
    enc = url.replace(":", "%3A").replace("/", "%2F")
    return (
        '<div class="blockMessage blockMessage--none">\n'
        '\t<div class="shareButtons shareButtons--iconic" data-xf-init="share-buttons" data-page-url="" '
        'data-page-title="" data-page-desc="" data-page-image="">\n'
        '\t\t<span class="shareButtons-label">Chia sẻ:</span>\n\t\t<div class="shareButtons-buttons">\n'
        '\t\t\t<a class="shareButtons-button shareButtons-button--brand shareButtons-button--facebook" '
        f'data-href="https://www.facebook.com/sharer.php?u={enc}"><i aria-hidden="true"></i><span>Facebook</span></a>\n'
        '\t\t\t<a class="shareButtons-button shareButtons-button--brand shareButtons-button--twitter" '
        f'data-href="https://twitter.com/intent/tweet?url={enc}"><i aria-hidden="true"></i><span>Twitter</span></a>\n'
        '\t\t\t<a class="shareButtons-button shareButtons-button--email" '
        f'data-href="mailto:?subject={esc(st.title)}&amp;body={enc}"><i aria-hidden="true"></i><span>Email</span></a>\n'
        '\t\t\t<a class="shareButtons-button shareButtons-button--link is-hidden" data-clipboard="' + url + '" '
        'data-xf-init="copy-to-clipboard"><i aria-hidden="true"></i><span>Liên kết</span></a>\n'
        "\t\t</div>\n\t</div>\n</div>\n"
    )


def _ld_json(request: Request, st: Story) -> str:
    data = {
        "@context": "https://schema.org",
        "@type": "Article" if int(st.cat) in ARTICLE_FORUMS else "DiscussionForumPosting",
        "@id": base_url(request) + thread_url(st),
        "headline": unicodedata.normalize("NFC", st.title),
        "articleBody": unicodedata.normalize("NFC", snippet(st, 250)),
        "articleSection": FORUMS[int(st.cat)][1],
        "author": {"@type": "Person", "name": MEMBERS[st.opts["poster"]][1]},
        "datePublished": _dt(st.opts["at"]).isoformat(),
        "dateModified": _dt(last_post(st)[2]).isoformat(),
        "interactionStatistic": {
            "@type": "InteractionCounter",
            "interactionType": "https://schema.org/CommentAction",
            "userInteractionCount": len(st.opts.get("replies", [])),
        },
        "publisher": {"@type": "Organization", "name": SITE, "logo": base_url(request) + "/styles/nbk/og-logo.png"},
    }
    return (
        '\t<script type="application/ld+json">\n'
        + json.dumps(data, ensure_ascii=False, indent=4).replace("\n", "\n\t")
        + "\n\t</script>\n"
    )


def thread_page(request: Request, st: Story) -> Response:
    root = base_url(request)
    fid = int(st.cat)
    desc = esc(snippet(st, 155))
    head = (
        f'\t<meta name="description" content="{desc}" />\n'
        f'\t<meta property="og:site_name" content="{SITE}" />\n\t<meta property="og:type" content="website" />\n'
        f'\t<meta property="og:title" content="{esc(unicodedata.normalize("NFC", st.title))}" />\n'
        f'\t<meta property="twitter:title" content="{esc(unicodedata.normalize("NFC", st.title))}" />\n'
        f'\t<meta property="og:description" content="{desc}" />\n'
        f'\t<meta property="og:url" content="{root}{thread_url(st)}" />\n'
        f'\t<link rel="canonical" href="{root}{thread_url(st)}" />\n'
        f'\t<meta property="og:image" content="{root}/styles/nbk/og-logo.png" />\n'
        + _ld_json(request, st)
    )
    replies = st.opts.get("replies", [])
    if fid in ARTICLE_FORUMS:
        first = article_html(st)
        comments = "".join(
            post_html(st, pid, who, at, n, _reply_body(st, q, body), first=False)
            for n, (pid, who, at, q, body) in enumerate(replies, start=2)
        )
        messages = (
            '<div class="block block--messages block--article" data-xf-init="" data-type="post" data-href="/inline-mod/">\n'
            f'\t<div class="block-container lbContainer" data-xf-init="lightbox" data-lb-id="thread-{st.id}">\n'
            f'\t\t<div class="block-body">\n{first}\t\t</div>\n\t</div>\n</div>\n'
        )
        if comments:
            messages += (
                '<div class="block block--messages" data-xf-init="" data-type="post" data-href="/inline-mod/">\n'
                f'\t<div class="block-container">\n\t\t<h3 class="block-header">Bình luận ({len(replies)})</h3>\n'
                f'\t\t<div class="block-body js-replyNewMessageContainer">\n{comments}\t\t</div>\n\t</div>\n</div>\n'
            )
    else:
        posts = post_html(st, st.opts["pid"], st.opts["poster"], st.opts["at"], 1, render_body(st), first=True)
        posts += "".join(
            post_html(st, pid, who, at, n, _reply_body(st, q, body), first=False)
            for n, (pid, who, at, q, body) in enumerate(replies, start=2)
        )
        messages = (
            '<div class="block block--messages" data-xf-init="" data-type="post" data-href="/inline-mod/" '
            'data-search-target="*">\n'
            f'\t<div class="block-container lbContainer" data-xf-init="lightbox select-to-quote" '
            f'data-message-selector=".js-post" data-lb-id="thread-{st.id}" data-lb-universal="0">\n'
            f'\t\t<div class="block-body js-replyNewMessageContainer">\n{posts}\t\t</div>\n\t</div>\n</div>\n'
        )
    content = (
        messages
        + '<div class="block-outer block-outer--after">\n\t<div class="block-outer-opposite">\n'
        '\t\t<div class="blockMessage blockMessage--small blockMessage--none">Bạn phải <a href="/login/" '
        'data-xf-click="overlay">đăng nhập</a> để trả lời tại đây.</div>\n\t</div>\n</div>\n'
        + share_block(request, st)
        + similar_threads(st)
    )
    sticky = (
        '\t\t<li><i class="fa--xf far fa-thumbtack" aria-hidden="true" title="Chú ý"></i><span class="u-srOnly">Chú ý</span></li>\n'
        if st.opts.get("sticky")
        else ""
    )
    description = (
        '\t<div class="p-description">\n\t<ul class="listInline listInline--bullet">\n'
        '\t\t<li><i class="fa--xf far fa-user" aria-hidden="true" title="Người tạo chủ đề"></i>'
        f'<span class="u-srOnly">Người tạo chủ đề</span>{username(st.opts["poster"], "u-concealed")}</li>\n'
        '\t\t<li><i class="fa--xf far fa-clock" aria-hidden="true" title="Ngày gửi"></i>'
        f'<span class="u-srOnly">Ngày gửi</span><a href="{thread_url(st)}" class="u-concealed">{xf_time(st.opts["at"])}</a></li>\n'
        f"{sticky}\t</ul>\n\t</div>\n"
    )
    prefix_txt = f"{PREFIXES[st.opts['prefix']][0]} - " if st.opts.get("prefix") else ""
    return page(
        request,
        title=prefix_txt + thread_title(st),
        h1=prefix_label(st) + thread_title(st),
        content=content,
        crumbs=forum_trail(fid),
        template="thread_view" if fid not in ARTICLE_FORUMS else "thread_view_type_article",
        description=description,
        head=head,
        keys=f'data-container-key="node-{fid}" data-content-key="thread-{st.id}"',
    )


# --- forum list and forum views ------------------------------------------------------------------


def stories_in(fid: int) -> list[Story]:
    return [s for s in STORIES if int(s.cat) == fid]


def _subtree(fid: int) -> list[int]:
    return [fid] + [c for c, f in FORUMS.items() if f[2] == fid]


def page_nav(fid: int, page_no: int, pages: int, query: str = "") -> str:
    if pages < 2:
        return ""
    lis = "".join(
        f'\t\t<li class="pageNav-page {"pageNav-page--current " if n == page_no else ""}">'
        f'<a href="{forum_url(fid, n)}{query}">{n}</a></li>\n'
        for n in range(1, pages + 1)
    )
    prev = (
        f'\t<a href="{forum_url(fid, page_no - 1)}" class="pageNav-jump pageNav-jump--prev">Trước</a>\n' if page_no > 1 else ""
    )
    nxt = (
        f'\t<a href="{forum_url(fid, page_no + 1)}" class="pageNav-jump pageNav-jump--next">Tiếp</a>\n'
        if page_no < pages
        else ""
    )
    return (
        '<div class="block-outer"><div class="block-outer-main">\n'
        '<nav class="pageNavWrapper pageNavWrapper--mixed ">\n'
        f'<div class="pageNav  ">\n{prev}\t<ul class="pageNav-main">\n{lis}\t</ul>\n{nxt}</div>\n'
        '<div class="pageNavSimple">\n'
        f'\t<a class="pageNavSimple-el pageNavSimple-el--current" data-xf-init="tooltip" title="Đi đến trang" '
        f'data-xf-click="menu" role="button" tabindex="0" aria-expanded="false" aria-haspopup="true">{page_no} / {pages}</a>\n'
        '\t<div class="menu menu--pageJump" data-menu="menu" aria-hidden="true">\n\t\t<div class="menu-content">\n'
        '\t\t\t<h4 class="menu-header">Đi đến trang</h4>\n'
        f'\t\t\t<div class="menu-row" data-xf-init="page-jump" data-page-url="{forum_url(fid)}page-%page%">\n'
        f'\t\t\t\t<div class="inputGroup inputGroup--numbers"><input type="number" pattern="\\d*" class="input input--number '
        f'js-numberBoxTextInput input input--numberNarrow js-pageJumpPage" value="{page_no}" min="1" max="{pages}" step="1" '
        'required="required" data-xf-init="number-box" /></div>\n'
        '\t\t\t\t<button type="button" class="button--primary button js-pageJumpGo"><span class="button-text">Đến</span></button>\n'
        "\t\t\t</div>\n\t\t</div>\n\t</div>\n</div>\n</nav>\n</div></div>\n"
    )


def _cover(st: Story) -> str:
    img = next(iter(st.images), None)
    if img is None:
        return ""
    kind = img.style.split("/")[0]
    src = img.src
    if kind == "lazy":
        aid = src.rstrip("/").rsplit(".", 1)[1]
        src = f"/data/attachments/{int(aid) // 1000}/{aid}-{romanize(st.slug)[:6]}c3e81f.jpg"
    return (
        f'\t\t\t\t<a href="{thread_url(st)}" class="articlePreview-image"><img src="{esc(src)}" '
        f'alt="{esc(st.title)}" loading="lazy" /></a>\n'
    )


def article_preview(st: Story) -> str:
    replies = len(st.opts.get("replies", []))
    comments = f'\t\t\t\t\t\t<li><a href="{thread_url(st)}">{replies} bình luận</a></li>\n' if replies else ""
    return (
        '<div class="message message--articlePreview">\n\t<div class="message-inner">\n'
        '\t\t<div class="message-cell message-cell--main">\n\t\t\t<div class="articlePreview-main">\n'
        f"{_cover(st)}"
        '\t\t\t\t<div class="articlePreview-text">\n'
        f'\t\t\t\t\t<h2 class="articlePreview-title"><a href="{thread_url(st)}">{prefix_label(st)}{thread_title(st)}</a></h2>\n'
        '\t\t\t\t\t<div class="message-body articlePreview-content">\n'
        f'\t\t\t\t\t\t<div class="bbWrapper">{text(snippet(st), nfd=bool(st.opts.get("nfd")))}</div>\n'
        "\t\t\t\t\t</div>\n\t\t\t\t</div>\n\t\t\t</div>\n"
        '\t\t\t<footer class="articlePreview-footer">\n\t\t\t\t<div class="articlePreview-meta">\n'
        '\t\t\t\t\t<ul class="listInline listInline--bullet">\n'
        f'\t\t\t\t\t\t<li>{avatar(st.opts["poster"], "xxs")} {username(st.opts["poster"])}</li>\n'
        f'\t\t\t\t\t\t<li>{xf_time(st.opts["at"])}</li>\n{comments}'
        "\t\t\t\t\t</ul>\n\t\t\t\t</div>\n"
        f'\t\t\t\t<div class="articlePreview-links"><a href="{thread_url(st)}" class="articlePreview-readMore">Xem thêm…</a></div>\n'
        "\t\t\t</footer>\n\t\t</div>\n\t</div>\n</div>\n"
    )


def moved_stub_item(st: Story) -> str:
    sid, old_title = st.opts["stub"]
    return (
        f'<div class="structItem structItem--thread is-moved js-inlineModContainer js-threadListItem-{sid}" data-author="quantri">\n'
        f'\t<div class="structItem-cell structItem-cell--icon">\n\t\t<div class="structItem-iconContainer">\n'
        f'\t\t\t{avatar("quantri")}\n\t\t</div>\n\t</div>\n'
        '\t<div class="structItem-cell structItem-cell--main" data-xf-init="touch-proxy">\n'
        '\t\t<ul class="structItem-statuses">\n\t\t\t<li><i class="structItem-status structItem-status--moved" '
        'aria-hidden="true" title="Đã chuyển"></i><span class="u-srOnly">Đã chuyển</span></li>\n\t\t</ul>\n'
        f'\t\t<div class="structItem-title">\n\t\t\t<a href="/threads/{romanize(old_title)}.{sid}/" class="" '
        f'data-tp-primary="on">{esc(old_title)}</a>\n\t\t</div>\n'
        '\t\t<div class="structItem-minor">\n\t\t\t<ul class="structItem-parts">\n'
        f'\t\t\t\t<li>{username("quantri")}</li>\n'
        f'\t\t\t\t<li class="structItem-startDate">{xf_time(st.opts["at"])}</li>\n'
        f'\t\t\t\t<li><a href="{forum_url(int(st.cat))}">{FORUMS[int(st.cat)][1]}</a></li>\n'
        "\t\t\t</ul>\n\t\t</div>\n\t</div>\n"
        '\t<div class="structItem-cell structItem-cell--meta">\n'
        '\t\t<dl class="pairs pairs--justified"><dt>Trả lời</dt><dd>&ndash;</dd></dl>\n'
        '\t\t<dl class="pairs pairs--justified structItem-minor"><dt>Lượt xem</dt><dd>&ndash;</dd></dl>\n'
        "\t</div>\n"
        '\t<div class="structItem-cell structItem-cell--latest"><span class="u-muted">Đã chuyển</span></div>\n</div>\n'
    )


def forum_rows(fid: int, prefix_id: int | None = None) -> tuple[list[Story], list[tuple[str, Story]]]:
    """Sticky threads and the ordered (kind, story) rows of a forum (kind "thread" or "stub")."""
    own = stories_in(fid)
    if prefix_id:
        own = [s for s in own if s.opts.get("prefix") == prefix_id]
    sticky = [s for s in own if s.opts.get("sticky")]
    rows = [("thread", s) for s in own if not s.opts.get("sticky")]
    if fid in ARTICLE_FORUMS:
        rows.sort(key=lambda r: _dt(r[1].opts["at"]), reverse=True)
        return sticky, rows
    if not prefix_id:
        rows += [("stub", s) for s in STORIES if s.opts.get("stub") and fid == 4]
    rows.sort(key=lambda r: _dt(last_post(r[1])[2] if r[0] == "thread" else r[1].opts["at"]), reverse=True)
    return sticky, rows


def _node(fid: int, depth: int = 2) -> str:
    _, title, _, desc = FORUMS[fid]
    tree = _subtree(fid)
    threads = [s for s in STORIES if int(s.cat) in tree]
    n_posts = sum(len(posts_of(s)) for s in threads)
    latest = by_last_post(threads)[0] if threads else None
    subs = [c for c in tree if c != fid]
    sub_html = (
        '\t\t\t\t<div class="node-subNodesFlat">\n\t\t\t\t\t<span class="node-subNodesLabel">Diễn đàn con:</span>\n'
        '\t\t\t\t\t<ul class="node-subNodeFlatList">\n'
        + "".join(
            f'\t\t\t\t\t\t<li><a href="{forum_url(c)}" class="subNodeLink subNodeLink--forum ">'
            f'<i class="fa--xf far fa-comments subNodeLink-icon" aria-hidden="true"></i>{FORUMS[c][1]}</a></li>\n'
            for c in subs
        )
        + "\t\t\t\t\t</ul>\n\t\t\t\t</div>\n"
        if subs
        else ""
    )
    extra = '\t\t\t<div class="node-extra"><span class="node-extra-placeholder">Chưa có bài viết</span></div>\n'
    if latest:
        pid, who, at = last_post(latest)
        extra = (
            '\t\t\t<div class="node-extra">\n'
            f'\t\t\t\t<div class="node-extra-icon">{avatar(who, "xs")}</div>\n'
            f'\t\t\t\t<div class="node-extra-row"><a href="{thread_url(latest, f"post-{pid}")}" class="node-extra-title" '
            f'title="{esc(latest.title)}">{prefix_label(latest)}{thread_title(latest)}</a></div>\n'
            '\t\t\t\t<div class="node-extra-row">\n\t\t\t\t\t<ul class="listInline listInline--bullet">\n'
            f'\t\t\t\t\t\t<li>{xf_time(at, cls="node-extra-date u-dt")}</li>\n'
            f'\t\t\t\t\t\t<li class="node-extra-user">{username(who)}</li>\n'
            "\t\t\t\t\t</ul>\n\t\t\t\t</div>\n\t\t\t</div>\n"
        )
    icon = "fa-newspaper" if fid in ARTICLE_FORUMS else "fa-comments"
    return (
        f'<div class="node node--id{fid} node--depth{depth} node--forum node--read">\n\t<div class="node-body">\n'
        f'\t\t<span class="node-icon" aria-hidden="true"><i class="fa--xf far {icon}" aria-hidden="true"></i></span>\n'
        '\t\t<div class="node-main js-nodeMain">\n'
        f'\t\t\t<h3 class="node-title"><a href="{forum_url(fid)}" data-xf-init="element-tooltip" '
        f'data-shortcut="node-description">{title}</a></h3>\n'
        f'\t\t\t<div class="node-description node-description--tooltip js-nodeDescTooltip">{esc(desc)}</div>\n'
        '\t\t\t<div class="node-meta"><div class="node-statsMeta">'
        f'<dl class="pairs pairs--inline"><dt>Chủ đề</dt><dd>{len(threads)}</dd></dl>'
        f'<dl class="pairs pairs--inline"><dt>Bài viết</dt><dd>{n_posts}</dd></dl></div></div>\n'
        f"{sub_html}\t\t</div>\n"
        '\t\t<div class="node-stats">\n'
        f'\t\t\t<dl class="pairs pairs--rows"><dt>Chủ đề</dt><dd>{len(threads)}</dd></dl>\n'
        f'\t\t\t<dl class="pairs pairs--rows"><dt>Bài viết</dt><dd>{n_posts}</dd></dl>\n\t\t</div>\n'
        f"{extra}\t</div>\n</div>\n"
    )


def _special_node(nid: int, kind: str, href: str, title: str, desc: str, placeholder: str) -> str:
    return (
        f'<div class="node node--id{nid} node--depth2 node--{kind}">\n\t<div class="node-body">\n'
        '\t\t<span class="node-icon" aria-hidden="true"><i class="fa--xf far fa-file-alt" aria-hidden="true"></i></span>\n'
        f'\t\t<div class="node-main js-nodeMain">\n\t\t\t<h3 class="node-title"><a href="{href}">{title}</a></h3>\n'
        f'\t\t\t<div class="node-description ">{desc}</div>\n\t\t</div>\n'
        '\t\t<div class="node-stats node-stats--empty"></div>\n'
        f'\t\t<div class="node-extra"><span class="node-extra-placeholder">{placeholder}</span></div>\n\t</div>\n</div>\n'
    )


def home(request: Request) -> Response:
    blocks = []
    for cid, (cslug, ctitle) in CATEGORIES.items():
        nodes = "".join(_node(f) for f, info in FORUMS.items() if info[2] == cid)
        if cid == 1:
            nodes = (
                _special_node(3, "page", "/pages/gioi-thieu/", "Giới thiệu nhà trường",
                              "Lịch sử, cơ cấu tổ chức, thành tích của nhà trường.", "Trang")
                + nodes
                + _special_node(10, "link", "/link-forums/cong-ttdt-so-gd-dt-bac-ninh.10/", "Cổng TTĐT Sở GD&amp;ĐT Bắc Ninh",
                                "Văn bản chỉ đạo, tin tức của ngành.", "Liên kết")
            )
        blocks.append(
            f'<div class="block block--category block--category{cid}">\n'
            f'\t<span class="u-anchorTarget" id="{cslug}.{cid}"></span>\n\t<div class="block-container">\n'
            f'\t\t<h2 class="block-header"><a href="/#{cslug}.{cid}">{ctitle}</a></h2>\n'
            f'\t\t<div class="block-body">\n{nodes}\t\t</div>\n\t</div>\n</div>\n'
        )
    root = base_url(request)
    head = (
        f'\t<meta name="description" content="Diễn đàn thông tin của Trường THCS Nguyễn Bỉnh Khiêm, phường Bắc Giang, '
        'tỉnh Bắc Ninh: tin tức, thông báo, hoạt động chuyên môn." />\n'
        f'\t<link rel="canonical" href="{root}/" />\n'
    )
    return page(
        request, title=SITE, h1=SITE, content="".join(blocks), crumbs=[], template="forum_list", head=head
    )


def forum_page(request: Request, fid: int, page_no: int) -> Response | None:
    prefix_id = None
    if request.params.get("prefix_id", "").isdigit():
        prefix_id = int(request.params["prefix_id"])
        if prefix_id not in PREFIXES:
            prefix_id = None
    sticky, rows = forum_rows(fid, prefix_id)
    pages = max(1, -(-len(rows) // PER_PAGE))
    if page_no > pages:
        return None
    chunk = rows[(page_no - 1) * PER_PAGE : page_no * PER_PAGE]
    query = f"?prefix_id={prefix_id}" if prefix_id else ""
    nav = page_nav(fid, page_no, pages, query)
    subs = [c for c, f in FORUMS.items() if f[2] == fid]
    sub_block = (
        '<div class="block block--nodes">\n\t<div class="block-container">\n'
        f'\t\t<div class="block-body">\n{"".join(_node(c, 3) for c in subs)}\t\t</div>\n\t</div>\n</div>\n'
        if subs and page_no == 1
        else ""
    )
    if fid in ARTICLE_FORUMS:
        items = "".join(article_preview(s) for _, s in chunk)
        listing = (
            '<div class="block block--previews" data-xf-init="" data-type="thread" data-href="/inline-mod/">\n'
            f"{nav}"
            f'\t<div class="block-container">\n\t\t<div class="block-body">\n{items}\t\t</div>\n\t</div>\n'
            f"{nav.replace('block-outer', 'block-outer block-outer--after', 1) if nav else ''}</div>\n"
        )
    else:
        sticky_html = (
            '\t\t\t\t<div class="structItemContainer-group structItemContainer-group--sticky">\n'
            + "".join(struct_item(s) for s in sticky)
            + "\t\t\t\t</div>\n"
            if sticky and page_no == 1
            else ""
        )
        items = "".join(struct_item(s) if kind == "thread" else moved_stub_item(s) for kind, s in chunk)
        empty = (
            '\t\t\t<div class="structItemContainer-group js-threadList"><div class="structItem js-emptyThreadList">'
            '<div class="structItem-cell">Không có chủ đề nào trong diễn đàn này.</div></div></div>\n'
            if not chunk and not sticky
            else ""
        )
        filt = (
            f'\t\t<div class="block-filterBar">\n\t\t\t<div class="filterBar">\n'
            f'\t\t\t\t<ul class="filterBar-filters">\n\t\t\t\t\t<li><a href="{forum_url(fid)}" class="filterBar-filterToggle" '
            f'data-xf-init="tooltip" title="Bỏ bộ lọc"><span class="filterBar-filterToggle-label">Tiền tố:</span> '
            f"{PREFIXES[prefix_id][0]}</a></li>\n\t\t\t\t</ul>\n"
            if prefix_id
            else '\t\t<div class="block-filterBar">\n\t\t\t<div class="filterBar">\n'
        )
        filt += (
            '\t\t\t\t<a class="filterBar-menuTrigger" data-xf-click="menu" role="button" tabindex="0" '
            'aria-expanded="false" aria-haspopup="true">Lọc</a>\n'
            f'\t\t\t\t<div class="menu menu--wide" data-menu="menu" aria-hidden="true" data-href="{forum_url(fid)}filters'
            f'{query}" data-load-target=".js-filterMenuBody">\n\t\t\t\t\t<div class="menu-content">\n'
            '\t\t\t\t\t\t<h4 class="menu-header">Hiển thị chỉ:</h4>\n\t\t\t\t\t\t<div class="js-filterMenuBody">\n'
            '\t\t\t\t\t\t\t<div class="menu-row">Đang tải…</div>\n\t\t\t\t\t\t</div>\n\t\t\t\t\t</div>\n\t\t\t\t</div>\n'
            "\t\t\t</div>\n\t\t</div>\n"
        )
        listing = (
            '<div class="block " data-xf-init="" data-type="thread" data-href="/inline-mod/">\n'
            f"{nav}"
            f'\t<div class="block-container">\n{filt}\t\t<div class="block-body">\n'
            '\t\t\t<div class="structItemContainer">\n'
            f"{sticky_html}"
            + (f'\t\t\t\t<div class="structItemContainer-group js-threadList">\n{items}\t\t\t\t</div>\n' if items else "")
            + f"{empty}\t\t\t</div>\n\t\t</div>\n\t</div>\n"
            f"{nav.replace('block-outer', 'block-outer block-outer--after', 1) if nav else ''}</div>\n"
        )
    root = base_url(request)
    here = forum_url(fid, page_no)
    head = f'\t<link rel="canonical" href="{root}{here}{query}" />\n'
    if page_no < pages:
        head += f'\t<link rel="next" href="{forum_url(fid, page_no + 1)}{query}" />\n'
    if page_no > 1:
        head += f'\t<link rel="prev" href="{forum_url(fid, page_no - 1)}{query}" />\n'
    head += f'\t<meta name="description" content="{esc(FORUMS[fid][3])}" />\n'
    title = FORUMS[fid][1] + (f" | Trang {page_no}" if page_no > 1 else "")
    description = f'\t<div class="p-description">{esc(FORUMS[fid][3])}</div>\n'
    return page(
        request,
        title=title,
        h1=FORUMS[fid][1],
        content=sub_block + listing,
        crumbs=forum_trail(fid)[:-1],
        template="forum_view" if fid not in ARTICLE_FORUMS else "forum_view_type_article",
        description=description,
        head=head,
        keys=f'data-container-key="node-{fid}" data-content-key=""',
    )


# --- other pages -----------------------------------------------------------------------------------


def _block(inner: str, header: str = "") -> str:
    head = f'\t\t<h2 class="block-header">{header}</h2>\n' if header else ""
    return (
        f'<div class="block">\n\t<div class="block-container">\n{head}'
        f'\t\t<div class="block-body block-row">\n{inner}\n\t\t</div>\n\t</div>\n</div>\n'
    )


def intro_page(request: Request) -> Response:
    inner = (
        '<div class="bbWrapper">'
        '<div style="text-align: center"><img src="/data/assets/page/truong-nbk-toan-canh.jpg" class="bbImage" '
        'alt="Toàn cảnh nhà trường" /></div>\n'
        "<b>Trường THCS Nguyễn Bỉnh Khiêm</b> được thành lập năm 1998 trên cơ sở tách từ Trường PTCS Lê Lợi. "
        "Qua hơn 28 năm xây dựng và phát triển, nhà trường luôn là đơn vị dẫn đầu của phường Bắc Giang về chất "
        "lượng giáo dục toàn diện.<br />\n<br />\n"
        '<h3 class="bbHeading">Quy mô năm học 2026 - 2027</h3>\n'
        "<ul>\n<li data-xf-list-type=\"ul\">32 lớp với 1.148 học sinh;</li>\n"
        "<li data-xf-list-type=\"ul\">72 cán bộ, giáo viên, nhân viên, trong đó 31 thạc sĩ;</li>\n"
        "<li data-xf-list-type=\"ul\">Trường đạt chuẩn quốc gia mức độ 2, kiểm định chất lượng cấp độ 3.</li>\n</ul>\n"
        '<h3 class="bbHeading">Ban Giám hiệu</h3>\n'
        "Hiệu trưởng: thầy Nguyễn Văn Thắng<br />\nPhó Hiệu trưởng: cô Lê Thị Mai, thầy Phạm Quốc Khánh<br />\n<br />\n"
        '<h3 class="bbHeading">Thành tích nổi bật</h3>\n'
        "Huân chương Lao động hạng Ba (2018); Cờ thi đua của UBND tỉnh Bắc Giang các năm học 2019 - 2020, "
        "2022 - 2023; Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo năm 2024.</div>"
    )
    siblings = _block(
        '\t\t\t<ul class="listPlain">\n\t\t\t\t<li><a href="/pages/lich-cong-tac/">Lịch công tác tuần</a></li>\n'
        '\t\t\t\t<li><a href="/misc/contact">Liên hệ</a></li>\n\t\t\t</ul>',
        "Trang liên quan",
    )
    return page(
        request, title="Giới thiệu nhà trường", h1="Giới thiệu nhà trường", content=_block(inner) + siblings,
        crumbs=[("/#thong-tin-nha-truong.1", "Thông tin nhà trường")], template="page_view", nav="nbkGioiThieu",
        head=f'\t<link rel="canonical" href="{base_url(request)}/pages/gioi-thieu/" />\n',
    )


def calendar_page(request: Request) -> Response:
    rows = [
        ("Thứ Hai 07/12", "Chào cờ đầu tuần; sinh hoạt dưới cờ chủ đề “An toàn giao thông mùa đông”", "Liên đội"),
        ("Thứ Ba 08/12", "Kiểm tra hồ sơ chuyên môn tổ KHXH", "BGH, tổ KHXH"),
        ("Thứ Tư 09/12", "Họp Hội đồng sư phạm tháng 12 (14h00, phòng Hội đồng)", "Toàn trường"),
        ("Thứ Năm 10/12", "Ôn tập cuối học kì I theo đề cương", "GV bộ môn"),
        ("Thứ Sáu 11/12", "Duyệt đề kiểm tra cuối học kì I", "BGH, tổ trưởng"),
        ("Thứ Bảy 12/12", "Bồi dưỡng đội tuyển HSG lớp 9", "GV đội tuyển"),
    ]
    trs = "".join(f"<tr><td>{d}</td><td>{c}</td><td>{w}</td></tr>\n" for d, c, w in rows)
    inner = (
        '<div class="bbWrapper"><div style="text-align: center"><b>LỊCH CÔNG TÁC TUẦN 14</b><br />\n'
        "<i>(Từ ngày 07/12/2026 đến ngày 13/12/2026)</i></div>\n"
        "<div class=\"bbTable\"><table style='width: 100%'><tr><th>Thứ, ngày</th><th>Nội dung công việc</th>"
        f"<th>Thực hiện</th></tr>\n{trs}</table></div></div>"
    )
    return page(
        request, title="Lịch công tác tuần", h1="Lịch công tác tuần 14 (07/12 - 13/12/2026)", content=_block(inner),
        crumbs=[("/pages/gioi-thieu/", "Giới thiệu nhà trường")], template="page_view", nav="nbkGioiThieu",
    )


def contact_page(request: Request) -> Response:
    inner = (
        '\t\t\t<div class="blockMessage blockMessage--none">Mọi ý kiến đóng góp, thắc mắc xin gửi về nhà trường '
        "theo mẫu dưới đây hoặc liên hệ trực tiếp:<br>Văn phòng Trường THCS Nguyễn Bỉnh Khiêm - Số 86 đường Nguyễn "
        "Thị Lưu, phường Bắc Giang, tỉnh Bắc Ninh<br>Điện thoại: 0204 3854 216 - Email: "
        "c2nguyenbinhkhiem@bacninh.edu.vn</div>\n"
        '\t\t\t<form action="/misc/contact" method="post" class="block" data-xf-init="ajax-submit">\n'
        '\t\t\t\t<dl class="formRow"><dt>Tên</dt><dd><input type="text" class="input" name="username" required /></dd></dl>\n'
        '\t\t\t\t<dl class="formRow"><dt>Email</dt><dd><input type="email" class="input" name="email" required /></dd></dl>\n'
        '\t\t\t\t<dl class="formRow"><dt>Tiêu đề</dt><dd><input type="text" class="input" name="subject" required /></dd></dl>\n'
        '\t\t\t\t<dl class="formRow"><dt>Nội dung</dt><dd><textarea name="message" class="input" rows="5"></textarea></dd></dl>\n'
        f'\t\t\t\t<input type="hidden" name="_xfToken" value="{_CSRF}" />\n'
        '\t\t\t\t<div class="formSubmitRow"><button type="submit" class="button--primary button"><span class="button-text">'
        "Gửi</span></button></div>\n\t\t\t</form>"
    )
    if request.method == "POST":
        inner = '\t\t\t<div class="blockMessage">Vui lòng hoàn thành mã xác nhận CAPTCHA.</div>\n' + inner
    return page(request, title="Liên hệ", h1="Liên hệ", content=_block(inner), crumbs=[], template="contact_form",
                nav="nbkGioiThieu")


def terms_page(request: Request) -> Response:
    rules = [
        "Thành viên sử dụng họ tên thật hoặc tên gợi nhớ (ví dụ: phuhuynh_6a2) khi đăng ký.",
        "Không đăng tải nội dung trái với thuần phong mỹ tục, thông tin cá nhân của học sinh khi chưa được phép.",
        "Các chủ đề trong mục Tin tức - Sự kiện và Thông báo do Ban quản trị đăng; thành viên được bình luận.",
        "Ý kiến thắc mắc về học tập, học phí xin gửi giáo viên chủ nhiệm hoặc qua mục Liên hệ.",
        "Ban quản trị có quyền sửa, xóa bài viết vi phạm nội quy mà không cần báo trước.",
    ]
    inner = '<div class="bbWrapper">' + "".join(f"{n}. {r}<br />\n" for n, r in enumerate(rules, 1)) + "</div>"
    side = (
        '<div class="block">\n\t<div class="block-container">\n\t\t<h3 class="block-minorHeader">Trợ giúp</h3>\n'
        '\t\t<div class="block-body"><a class="blockLink is-selected" href="/help/terms/">Điều khoản và quy định</a></div>\n'
        "\t</div>\n</div>\n"
    )
    return page(request, title="Điều khoản và quy định", h1="Điều khoản và quy định", content=side + _block(inner),
                crumbs=[("/help/terms/", "Trợ giúp")], template="help_page", nav="nbkGioiThieu")


def login_page(request: Request, status: int = 200, error: str = "") -> Response:
    inner = (
        (f'\t\t\t<div class="blockMessage blockMessage--error">{error}</div>\n' if error else "")
        + '\t\t\t<form action="/login/login" method="post" class="block">\n'
        '\t\t\t\t<dl class="formRow"><dt>Tên tài khoản hoặc email</dt><dd><input type="text" class="input" name="login" '
        'autocomplete="username" /></dd></dl>\n'
        '\t\t\t\t<dl class="formRow"><dt>Mật khẩu</dt><dd><input type="password" class="input" name="password" '
        'autocomplete="current-password" /></dd></dl>\n'
        '\t\t\t\t<dl class="formRow"><dd><label class="iconic"><input type="checkbox" name="remember" value="1" checked="checked" />'
        '<i aria-hidden="true"></i><span class="iconic-label">Duy trì đăng nhập</span></label></dd></dl>\n'
        f'\t\t\t\t<input type="hidden" name="_xfToken" value="{_CSRF}" />\n'
        '\t\t\t\t<div class="formSubmitRow"><button type="submit" class="button--primary button button--icon button--icon--login">'
        '<span class="button-text">Đăng nhập</span></button></div>\n'
        '\t\t\t\t<div class="block-outer block-outer--after">Đăng ký thành viên mới tạm dừng. Phụ huynh liên hệ '
        "giáo viên chủ nhiệm để được cấp tài khoản.</div>\n\t\t\t</form>"
    )
    return page(request, title="Đăng nhập", h1="Đăng nhập", content=_block(inner), crumbs=[], template="login",
                status=status)


def no_permission(request: Request) -> Response:
    return login_page(request, 403, "Bạn phải đăng nhập hoặc đăng ký để thực hiện hành động này.")


def search_page(request: Request) -> Response:
    inner = (
        '\t\t\t<form action="/search/search" method="post" class="block">\n'
        '\t\t\t\t<dl class="formRow"><dt>Từ khóa</dt><dd><input type="search" class="input" name="keywords" /></dd></dl>\n'
        '\t\t\t\t<dl class="formRow"><dt>Người gửi</dt><dd><input type="text" class="input" name="c[users]" /></dd></dl>\n'
        '\t\t\t\t<dl class="formRow"><dt>Mới hơn</dt><dd><input type="date" class="input" name="c[newer_than]" /></dd></dl>\n'
        f'\t\t\t\t<input type="hidden" name="_xfToken" value="{_CSRF}" />\n'
        '\t\t\t\t<div class="formSubmitRow"><button type="submit" class="button--primary button"><span class="button-text">'
        "Tìm</span></button></div>\n\t\t\t</form>"
    )
    if request.method == "POST":
        inner = '\t\t\t<div class="blockMessage blockMessage--error">Vui lòng nhập từ khóa tìm kiếm hợp lệ.</div>\n' + inner
    return page(request, title="Tìm kiếm", h1="Tìm kiếm", content=_block(inner), crumbs=[], template="search_form")


def whats_new(request: Request) -> Response:
    rows = "".join(
        struct_item(s, with_forum=True) for s in by_last_post([s for s in STORIES if s.id not in PAGE2_ONLY])[:6]
    )
    content = (
        '<div class="block">\n\t<div class="block-container">\n\t\t<h2 class="block-header">Bài viết mới</h2>\n'
        f'\t\t<div class="block-body">\n\t\t\t<div class="structItemContainer">\n{rows}\t\t\t</div>\n\t\t</div>\n'
        "\t</div>\n</div>\n"
    )
    return page(request, title="Có gì mới", h1="Có gì mới", content=content, crumbs=[], template="whats_new",
                nav="whatsNew")


def media_index(request: Request) -> Response:
    items = (
        f'\t<div class="itemList-item itemList-item--album"><a href="{album_url()}" class="js-lbImage">'
        f'<img src="/data/xfmg/thumbnail/0/101-8f3c2b.jpg" alt="{ALBUM[2]}" loading="lazy" /></a>'
        f'<div class="itemInfoRow"><a href="{album_url()}">{ALBUM[2]}</a><div class="itemInfoRow-status">2 ảnh</div></div></div>\n'
        f'\t<div class="itemList-item itemList-item--video"><a href="{video_url()}">'
        f'<img src="/data/xfmg/thumbnail/0/31-a1d47e.jpg" alt="{VIDEO[2]}" loading="lazy" /></a>'
        f'<div class="itemInfoRow"><a href="{video_url()}">{VIDEO[2]}</a><div class="itemInfoRow-status">Video</div></div></div>\n'
    )
    content = _block(f'<div class="itemList">\n{items}</div>', "Mới nhất")
    return page(request, title="Thư viện ảnh", h1="Thư viện ảnh", content=content, crumbs=[], template="xfmg_media_index",
                nav="xfmg")


def album_page(request: Request) -> Response:
    items = "".join(
        f'\t<div class="itemList-item"><a href="/media/{slug}.{mid}/"><img src="/data/xfmg/thumbnail/0/{mid}-8f3c2b.jpg" '
        f'alt="{name}" loading="lazy" /></a><div class="itemInfoRow"><a href="/media/{slug}.{mid}/">{name}</a></div></div>\n'
        for mid, slug, name in PHOTOS
    )
    desc = (
        '<div class="bbWrapper">Một số hình ảnh tại Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/2026 của Trường '
        "THCS Nguyễn Bỉnh Khiêm.</div>"
    )
    head_info = (
        '\t<div class="p-description"><ul class="listInline listInline--bullet">'
        f'<li>{username("quantri")}</li><li>{xf_time("2026-11-20T16:30")}</li><li>Lượt xem: 312</li></ul></div>\n'
    )
    content = _block(desc) + _block(f'<div class="itemList">\n{items}</div>', "Ảnh trong album")
    return page(request, title=ALBUM[2], h1=ALBUM[2], content=content, crumbs=[("/media/", "Thư viện ảnh")],
                template="xfmg_album_view", nav="xfmg", description=head_info)


def photo_page(request: Request, mid: int) -> Response:
    _, slug, name = next(p for p in PHOTOS if p[0] == mid)
    content = _block(
        f'<div class="media-container"><img src="/media/{slug}.{mid}/full" alt="{name}" width="1600" height="1066" /></div>'
    ) + _block(f'<dl class="pairs pairs--justified"><dt>Album</dt><dd><a href="{album_url()}">{ALBUM[2]}</a></dd></dl>')
    return page(request, title=name, h1=name, content=content,
                crumbs=[("/media/", "Thư viện ảnh"), (album_url(), ALBUM[2])], template="xfmg_media_view", nav="xfmg")


def video_page(request: Request) -> Response:
    player = (
        '<div class="media-container"><div class="bbMediaWrapper" data-media-site-id="youtube" data-media-key="Xr5mT2vKq8Y">'
        '<div class="bbMediaWrapper-inner"><iframe src="https://www.youtube.com/embed/Xr5mT2vKq8Y?wmode=opaque" '
        'width="560" height="315" frameborder="0" allowfullscreen="true"></iframe></div></div></div>'
    )
    desc = (
        '<div class="bbWrapper">Tiết mục múa “Bụi phấn” của tập thể lớp 8A1 biểu diễn tại Lễ kỷ niệm 44 năm Ngày '
        "Nhà giáo Việt Nam. Tiết mục đạt giải Nhất Hội diễn văn nghệ chào mừng ngày 20/11 của nhà trường.</div>"
    )
    info = (
        '<dl class="pairs pairs--justified"><dt>Người tải lên</dt><dd>' + username("quantri") + "</dd></dl>"
        f'<dl class="pairs pairs--justified"><dt>Ngày tải lên</dt><dd>{xf_time("2026-11-21T09:12")}</dd></dl>'
        '<dl class="pairs pairs--justified"><dt>Lượt xem</dt><dd>1.027</dd></dl>'
    )
    comment = (
        '<article class="message message--simple"><div class="message-inner"><div class="message-cell message-cell--main">'
        f'<header class="message-attribution">{username("ph6a2")} · {xf_time("2026-11-21T21:40")}</header>'
        '<div class="message-body"><div class="bbWrapper">Các con múa đẹp quá, cảm ơn các thầy cô đã dàn dựng!</div></div>'
        "</div></div></article>"
    )
    content = _block(player) + _block(desc) + _block(info, "Thông tin") + _block(comment, "Bình luận")
    return page(request, title=VIDEO[2], h1=VIDEO[2], content=content, crumbs=[("/media/", "Thư viện ảnh")],
                template="xfmg_media_view", nav="xfmg")


_RES_TEXT = {
    14: (
        "Kế hoạch giáo dục nhà trường năm học 2026 - 2027 được xây dựng theo hướng dẫn tại Công văn số "
        "5512/BGDĐT-GDTrH, gồm: kế hoạch dạy học các môn học, hoạt động giáo dục; kế hoạch tổ chức các hoạt động "
        "giáo dục trải nghiệm, giáo dục địa phương; kế hoạch kiểm tra, đánh giá định kì.",
        "Kế hoạch đã được Hội đồng trường thông qua ngày 12/9/2026 và phê duyệt ngày 15/9/2026.",
        "245",
        "2026-09-15T15:00",
    ),
    15: (
        "Quy chế chi tiêu nội bộ năm 2026 quy định các định mức chi thường xuyên, chi thanh toán cá nhân, chi "
        "nghiệp vụ chuyên môn và chi mua sắm, sửa chữa của nhà trường.",
        "Quy chế được thảo luận, thông qua tại Hội nghị Cán bộ, công chức, viên chức năm học 2026 - 2027.",
        "118",
        "2026-10-12T10:20",
    ),
}


def resources_index(request: Request) -> Response:
    rows = "".join(
        f'\t<div class="structItem structItem--resource"><div class="structItem-cell structItem-cell--main">'
        f'<div class="structItem-title"><a href="{resource_url(rid)}">{title}</a> <span class="u-muted">1.0</span></div>'
        f'<div class="structItem-resourceTagLine">{_RES_TEXT[rid][0][:90]}…</div></div>'
        f'<div class="structItem-cell structItem-cell--resourceMeta"><dl class="pairs pairs--justified"><dt>Lượt tải</dt>'
        f"<dd>{_RES_TEXT[rid][2]}</dd></dl></div></div>\n"
        for rid, (_, title) in RESOURCES.items()
    )
    content = _block(f'<div class="structItemContainer">\n{rows}</div>', "Văn bản mới")
    return page(request, title="Văn bản", h1="Văn bản", content=content, crumbs=[], template="xfrm_overview",
                nav="xfrm")


def resource_page(request: Request, rid: int) -> Response:
    _, title = RESOURCES[rid]
    desc, note, downloads, at = _RES_TEXT[rid]
    buttons = (
        f'<div class="p-title-pageAction"><a href="{resource_url(rid, "download")}" class="button--cta button '
        'button--icon button--icon--download" data-xf-click="overlay"><span class="button-text">Tải về</span></a></div>'
    )
    header = (
        f'\t<div class="p-description"><ul class="listInline listInline--bullet"><li>{username("quantri")}</li>'
        f"<li>{xf_time(at)}</li></ul></div>\n"
    )
    tabs = (
        '<div class="tabs tabs--standalone"><div class="hScroller" data-xf-init="h-scroller"><span class="hScroller-scroll">'
        f'<a class="tabs-tab is-active" href="{resource_url(rid)}">Tổng quan</a></span></div></div>\n'
    )
    body = f'<div class="bbWrapper">{desc}<br />\n<br />\n{note}</div>'
    info = (
        f'<dl class="pairs pairs--justified"><dt>Tác giả</dt><dd>{username("quantri")}</dd></dl>'
        f'<dl class="pairs pairs--justified"><dt>Lượt tải</dt><dd>{downloads}</dd></dl>'
        f'<dl class="pairs pairs--justified"><dt>Ngày đăng</dt><dd>{xf_time(at)}</dd></dl>'
        '<dl class="pairs pairs--justified"><dt>Đánh giá</dt><dd>0,00 sao 0 đánh giá</dd></dl>'
    )
    content = tabs + buttons + _block(body) + _block(info, "Thông tin văn bản")
    return page(request, title=title, h1=f'{title} <span class="u-muted">1.0</span>', content=content,
                crumbs=[("/resources/", "Văn bản")], template="xfrm_resource_view", nav="xfrm", description=header)


def reactions_page(request: Request, st: Story) -> Response:
    a, b, more = st.opts["reactions"]
    inner = (
        f'\t\t\t<ul class="listPlain"><li><bdi>{esc(a)}</bdi> - Thích</li><li><bdi>{esc(b)}</bdi> - Thích</li>'
        f"<li>… và {more} thành viên khác</li></ul>"
    )
    return page(request, title="Cảm xúc của thành viên", h1="Cảm xúc của thành viên", content=_block(inner),
                crumbs=[*forum_trail(int(st.cat)), (thread_url(st), unicodedata.normalize("NFC", st.title))],
                template="reaction_list")


def not_found(request: Request, what: str = "Không tìm thấy chủ đề yêu cầu.") -> Response:
    inner = f'\t\t\t<div class="blockMessage">{what}</div>'
    return page(request, title="Lỗi", h1="Lỗi", content=_block(inner), crumbs=[], template="error", status=404)


def rss(request: Request) -> Response:
    root = base_url(request)
    newest = sorted((s for s in STORIES if s.id not in PAGE2_ONLY), key=lambda s: _dt(s.opts["at"]), reverse=True)[:8]
    items = []
    for st in newest:
        dt = _dt(st.opts["at"]).astimezone(ZoneInfo("UTC"))
        items.append(
            "\t\t<item>\n"
            f"\t\t\t<title>{esc(unicodedata.normalize('NFC', st.title))}</title>\n"
            f"\t\t\t<pubDate>{dt.strftime('%a, %d %b %Y %H:%M:%S +0000')}</pubDate>\n"
            f"\t\t\t<link>{root}{thread_url(st)}</link>\n"
            f'\t\t\t<guid isPermaLink="false">{st.id}</guid>\n'
            f"\t\t\t<author>invalid@example.com ({esc(MEMBERS[st.opts['poster']][1])})</author>\n"
            f'\t\t\t<category domain="{root}{forum_url(int(st.cat))}"><![CDATA[{FORUMS[int(st.cat)][1]}]]></category>\n'
            f"\t\t\t<dc:creator>{esc(MEMBERS[st.opts['poster']][1])}</dc:creator>\n"
            f'\t\t\t<content:encoded><![CDATA[<div class="bbWrapper">{esc(snippet(st, 300))}</div>]]></content:encoded>\n'
            f"\t\t\t<slash:comments>{len(st.opts.get('replies', []))}</slash:comments>\n"
            "\t\t</item>\n"
        )
    body = (
        '<?xml version="1.0" encoding="utf-8"?>\n'
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/">\n'
        f"\t<channel>\n\t\t<title>{SITE}</title>\n\t\t<description>Nội dung mới nhất</description>\n"
        "\t\t<pubDate>Sat, 05 Dec 2026 03:17:00 +0000</pubDate>\n"
        "\t\t<lastBuildDate>Sat, 05 Dec 2026 03:17:00 +0000</lastBuildDate>\n"
        f"\t\t<generator>{SITE}</generator>\n\t\t<link>{root}/</link>\n"
        f'\t\t<atom:link rel="self" type="application/rss+xml" href="{root}/forums/-/index.rss"/>\n'
        + "".join(items)
        + "\t</channel>\n</rss>\n"
    )
    return Response(200, body, {"Content-Type": "application/rss+xml; charset=utf-8"})


# --- routing -------------------------------------------------------------------------------------

_THREAD = re.compile(r"^/threads/(?:([a-z0-9_-]+)\.)?(\d+)/(.*)$")
_FORUM = re.compile(r"^/forums/(?:([a-z0-9_-]+)\.)?(\d+)/(?:page-(\d+))?$")
_MEDIA = re.compile(r"^/media/(?:([a-z0-9_-]+)\.)?(\d+)/(full)?$")
_RESOURCE = re.compile(r"^/resources/(?:([a-z0-9_-]+)\.)?(\d+)/(download)?$")
_ATTACH = re.compile(r"^/attachments/([a-z0-9_-]+)\.(\d+)/$")
_POST_IDS = {pid: st for st in STORIES for pid, _, _ in posts_of(st)}
_STUBS = {st.opts["stub"][0]: st for st in STORIES if st.opts.get("stub")}
_ATTACHMENTS = {
    **{int(im.src.rstrip("/").rsplit(".", 1)[1]): "image" for st in STORIES for im in st.images
       if im.src.startswith("/attachments/")},
    **{aid: name for st in STORIES for name, aid, _, _ in st.opts.get("attach", [])},
}


def _jpeg() -> Response:
    return static_file("x.jpg")


class XenForoSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method == "POST":
            return self._post(request)
        if path == "/":
            return home(request)
        if path == "/index.php":
            return self._legacy(request)
        m = _THREAD.match(path)
        if m:
            return self._thread(request, m.group(1), int(m.group(2)), m.group(3))
        m = _FORUM.match(path)
        if m:
            fid = int(m.group(2))
            if fid not in FORUMS:
                return not_found(request, "Không tìm thấy diễn đàn yêu cầu.")
            page_no = int(m.group(3) or 1)
            if m.group(1) != FORUMS[fid][0] or m.group(3) == "1":
                target = forum_url(fid, page_no)
                return redirect(target + (f"?{request.query}" if request.query else ""), 301)
            return forum_page(request, fid, page_no)
        if path.startswith("/posts/"):
            return self._posts(request, path)
        if path == "/goto/post":
            pid = request.params.get("id", "")
            st = _POST_IDS.get(int(pid)) if pid.isdigit() else None
            return redirect(thread_url(st, f"post-{pid}"), 302) if st else not_found(request, "Không tìm thấy bài viết yêu cầu.")
        if path.startswith("/members/"):
            return no_permission(request)
        if path == "/link-forums/cong-ttdt-so-gd-dt-bac-ninh.10/":
            return redirect("https://sgddt.bacninh.gov.vn/", 303)
        pages = {
            "/pages/gioi-thieu/": intro_page,
            "/pages/lich-cong-tac/": calendar_page,
            "/misc/contact": contact_page,
            "/help/terms/": terms_page,
            "/login/": login_page,
            "/search/": search_page,
            "/whats-new/": whats_new,
            "/media/": media_index,
            "/resources/": resources_index,
            "/forums/-/index.rss": rss,
        }
        if path in pages:
            return pages[path](request)
        if path == album_url():
            return album_page(request)
        m = _MEDIA.match(path)
        if m:
            mid = int(m.group(2))
            if mid == VIDEO[0] and not m.group(3):
                return video_page(request) if m.group(1) == VIDEO[1] else redirect(video_url(), 301)
            if mid in {p[0] for p in PHOTOS}:
                return _jpeg() if m.group(3) else photo_page(request, mid)
            return None
        m = _RESOURCE.match(path)
        if m and int(m.group(2)) in RESOURCES:
            rid = int(m.group(2))
            if m.group(3):
                return Response(200, PDF, {
                    "Content-Type": "application/pdf",
                    "Content-Disposition": f'attachment; filename="{RESOURCES[rid][0]}.pdf"',
                })
            if m.group(1) != RESOURCES[rid][0]:
                return redirect(resource_url(rid), 301)
            return resource_page(request, rid)
        m = _ATTACH.match(path)
        if m and int(m.group(2)) in _ATTACHMENTS:
            kind = _ATTACHMENTS[int(m.group(2))]
            if kind == "image":
                return static_file("x.png") if m.group(1).endswith("-png") else _jpeg()
            return Response(200, PDF, {"Content-Type": "application/pdf",
                                       "Content-Disposition": f'inline; filename="{kind}"'})
        if path == "/proxy.php" and "image" in request.params:
            return _jpeg()
        if path == "/css.php":
            return Response(200, "body{font-family:'Segoe UI',Arial,sans-serif}", {"Content-Type": "text/css"})
        if path == "/webmanifest.php":
            return Response(200, '{"name":"THCS NBK","start_url":"/"}', {"Content-Type": "application/manifest+json"})
        if path.startswith(("/data/", "/styles/", "/js/")):
            return static_file(path)
        return None

    def _thread(self, request: Request, slug: str | None, tid: int, rest: str) -> Response | None:
        if tid in _STUBS:
            return redirect(thread_url(_STUBS[tid]), 301)
        st = BY_ID.get(tid)
        if st is None:
            return not_found(request)
        if slug != st.slug:
            return redirect(thread_url(st, rest) + (f"?{request.query}" if request.query else ""), 301)
        if rest == "":
            return thread_page(request, st)
        if rest == "latest":
            return redirect(thread_url(st, f"post-{last_post(st)[0]}"), 302)
        if rest == "unread":
            return redirect(thread_url(st), 303)
        m = re.fullmatch(r"post-(\d+)", rest)
        if m:
            if _POST_IDS.get(int(m.group(1))) is not st:
                return not_found(request, "Không tìm thấy bài viết yêu cầu.")
            return thread_page(request, st)
        if rest == "page-1":
            return redirect(thread_url(st), 301)
        return None

    def _posts(self, request: Request, path: str) -> Response | None:
        m = re.fullmatch(r"/posts/(\d+)/(reactions)?", path)
        if not m or int(m.group(1)) not in _POST_IDS:
            return None
        st = _POST_IDS[int(m.group(1))]
        if m.group(2):
            if int(m.group(1)) != st.opts["pid"] or not st.opts.get("reactions"):
                return None
            return reactions_page(request, st)
        return redirect(thread_url(st, f"post-{m.group(1)}"), 301)

    def _legacy(self, request: Request) -> Response | None:
        route = request.query.split("&", 1)[0]
        m = re.fullmatch(r"threads/([a-z0-9_-]+)\.(\d+)/", route)
        if m and int(m.group(2)) in BY_ID:
            return redirect(thread_url(BY_ID[int(m.group(2))]), 301)
        if route in ("", "forums/"):
            return redirect("/", 301)
        return None

    def _post(self, request: Request) -> Response | None:
        path = request.path
        if path == "/search/search":
            return search_page(request)
        if path == "/login/login":
            return login_page(request, 200, "Tên tài khoản hoặc mật khẩu không đúng. Vui lòng thử lại.")
        if path == "/misc/contact":
            return contact_page(request)
        if path.endswith("/poll/vote"):
            return no_permission(request)
        return None


def build_site() -> XenForoSite:
    return XenForoSite()


# --- gold ----------------------------------------------------------------------------------------


def _gold(st: Story) -> dict:
    return gold_record(
        st,
        thread_url(st),
        FORUMS[int(st.cat)][1],
        canonical_path=thread_url(st),
        alt_paths=[thread_url(st, f"post-{pid}") for pid, _, _ in posts_of(st)],
    )


GOLD = [_gold(st) for st in STORIES]

NON_ARTICLES = [
    "/pages/gioi-thieu/",
    "/pages/lich-cong-tac/",
    "/misc/contact",
    "/help/terms/",
    album_url(),
    video_url(),
    resource_url(14),
    resource_url(15),
]
