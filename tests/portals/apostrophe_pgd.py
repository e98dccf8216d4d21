"""Fixture portal: a district education office (Phòng GD&ĐT huyện Yên Thành) on ApostropheCMS 3.

Platform
    ApostropheCMS 3 (Node.js / Express, Nunjucks templates, MongoDB). The news is a blog piece type
    (``@apostrophecms/blog`` extended as ``tin-bai``) with two index pages of that type: the page
    "Tin tức" at ``/tin-tuc`` and the page "Thông báo" at ``/thong-bao``, whose page settings
    restrict its listing to the category "Thông báo" while "Tin tức" excludes it. Content is made
    of area widgets (``@apostrophecms/rich-text``, ``@apostrophecms/image``,
    ``@apostrophecms/video``, ``@apostrophecms/html`` and a theme ``slideshow``), printed with
    ``data-apos-widget`` ids; the theme's classes are Vietnamese abbreviations (``bv-td`` = bài
    viết tiêu đề, ``bv-tt`` = thông tin, ``ds-tin`` = danh sách tin, ``mn-c1`` = menu cấp 1 …).
    Uploads live at ``/uploads/attachments/<cuid>-<name>.<size>.jpg`` with a ``srcset`` of the
    sizes ``max/full/two-thirds/one-half/one-third/one-sixth``.

URL scheme
    /                                   home page (widgets: Tiêu điểm, Tin mới, Thông báo, Chuyên môn)
    /tin-tuc[?page=N]                   index of the news (4 a page; "Thông báo" excluded)
    /tin-tuc?category=<slug>[&page=N]   piece filter by category (3 a page; "thong-bao" answers an
                                        empty list, the page excluding that category)
    /tin-tuc/<slug>                     show page of any piece, notices included
    /thong-bao[?page=N]                 index of the notices (2 a page)
    /thong-bao/<slug>                   show page of a notice (its ``_url``, its canonical)
    /gioi-thieu, /lien-he, /lich-cong-tac, /login               plain pages
    /van-ban, /van-ban/<slug>           document pieces; /thu-vien-anh[/<slug>] albums;
    /video[/<slug>] clips;  /tim-kiem?q=…  search (``@apostrophecms/search`` under a VN slug)
    Any show page ignores its query string (``?aposMode=draft&aposLocale=vi`` of a link an editor
    copied while logged in serves the published page); ``?aposRefresh=1`` answers only the
    refreshable fragment (breadcrumb and article, no header, sidebar or footer).
    One renamed piece keeps its old slug as a 301 (``@apostrophecms/redirect``).

Page templates
    layout: top bar with today's date, banner whose ``<h1>`` is the office's name, menu with
    drop-downs, breadcrumb, main column, sidebar (Đọc nhiều, Thông báo portlet, links select,
    poll, visitor counter), footer. Show page: ``<h2 class="bv-td">`` headline, meta line (update
    time first, then the publication ``<time>`` whose ``datetime`` is UTC, CMS account, views),
    tool bar, optional sapo ``div.bv-tomtat``, the body area, tags, a *global* notice area in the
    same widget markup, "Các tin khác". Listings: ``div.ds-tin > div.it-tin`` cards and a pager
    ``nav.pt-trang`` whose hrefs are relative query strings (``?page=2``).

How each gold article is reached (news index 4 a page, newest first; notices 2 a page)
    /tin-tuc p1: A2 hội khỏe, A4 KHKT 🎉, A7 AI (NFD), A1 tổng kết 20/11 (also home)
    /tin-tuc p2: A9 bình đẳng giới, A6 GV dạy giỏi, A3 học bổng, A10 bóng chuyền hơi
    /tin-tuc p3: A5 chuyên đề Tiếng Việt, A8 nghiên cứu bài học (also category page 2)
    /thong-bao p1: A12 lịch kiểm tra, A11 tuyển dụng (also home at /tin-tuc/<slug>)
    /thong-bao p2: A13 sáng kiến kinh nghiệm — reachable only through page 2 of that index

Traps
    1. Two index pages, one piece: notices are listed only by /thong-bao (the news index excludes
       them) and shown at /thong-bao/<slug>, their ``_url`` and canonical; the home "Thông báo"
       widget hard-codes /tin-tuc/<slug>, which serves the same notice. Gold path = canonical
       /thong-bao/<slug>; /tin-tuc/<slug> is an alt_path; /thong-bao/<news slug> is a 404.
    2. Editor links with Apostrophe's own query parameters: a body link to A1 carries
       ``?aposMode=draft&aposLocale=vi`` and a "Xem thêm" link to A6 carries ``?aposRefresh=1``,
       which answers a chrome-less fragment. Same article: alt_paths. A6's old slug 301s.
    3. UTC in ``<time datetime>``: the page prints local time, the attribute is UTC. A2 prints
       "03/12/2026 | 06:15" with datetime 2026-12-02T23:15Z -> "2026-12-03T06:15:00+07:00" (not
       the 2nd); A4 prints only the day "29/11/2026" with datetime 2026-11-28T17:00Z -> "2026-11-29";
       A13 prints "29/10/2026 | 00:00" (midnight) -> the day alone "2026-10-29".
    4. Dates that are not the publication: the meta line prints "Cập nhật: <day time>" *before*
       the publication time (several updated today, 05/12/2026); "Các tin khác" and sidebar print
       other articles' dates. Gold = the ``<time>``'s day/time, never the update or header date.
    5. The official notice A11: letterhead table, "THÔNG BÁO / Về việc …", "Nơi nhận" and signer
       table inside the body area; the page's posting time is 01/12/2026 09:12 but the gold date is
       the letterhead's "2026-11-30", the signer "Nguyễn Đình Thắng" the author; letterhead,
       kind/subject, closing and the PDF attachment line are not body.
    6. Bylines: the meta line's "Người đăng: pgd.yenthanh" is a CMS account (nobody); the real
       byline is a right-aligned last paragraph of the rich text: "Tin, ảnh: X" (X both),
       "Tin: X - Ảnh: Y", "ThS. X - Phó Trưởng phòng" (X), a unit "Bộ phận Tiểu học" (as printed),
       "BBT" (nobody), "Minh Châu" then "Nguồn: Báo Nghệ An" (author + source).
    7. Captions live in three places: ``<figcaption>`` of the image widget, the *next* rich-text
       widget's first centred italic line (not body), and the slideshow's ``div.sls-cap``; the
       ``alt`` is a camera file name (never a caption). "Ảnh: X" alone under a photo is a credit:
       caption None (X is a photographer); "(…)" loses its parentheses.
    8. Chrome inside the article column in body markup: a global rich-text area (hotline notice)
       printed right after the body with the same ``data-apos-widget`` wrapper, the video widget's
       ``<noscript>`` text and its italic line "Phóng sự về Hội thi (Nguồn: Đài Truyền thanh …)"
       (it credits the clip, not the article: A6's source stays null), "Xem thêm:" lines,
       attachment lines. None of it is body.
    9. The page's ``<h1>`` is the office name in the banner on every page; the headline is an
       ``<h2 class="bv-td">``. og:title carries the site suffix. Gold title = the h2.
   10. Text forms: A7 was pasted from Word into an HTML widget and is stored decomposed (NFD), title
       included; its bullets are ``mso-list:Ignore`` spans (no text) while a "- " typed by the
       editor is text. Gold is NFC. Tables are tiptap tables whose cells wrap ``<p>``: one paragraph
       a row, cells joined by " | ".
   11. Pages that look like articles but are not: /gioi-thieu (headline, widgets, update date),
       /van-ban/<slug> (date of issue, signer, text), the album and the clip page (date, text).

Gold decisions on ambiguous points
    - ``published_at`` comes from the printed local day/time (the UTC attribute agrees with it
      once converted to +07:00); a day printed without time or at 00:00 is the day alone.
    - Notices are gold at their canonical /thong-bao/<slug>; category "Thông báo" (breadcrumb).
    - Image locations are the ``src`` (the ``.full.jpg`` size), not the largest ``srcset`` entry;
      thumbnails in listings/related lists and the og:image are not article images.
    - A credit line "Ảnh: X" under a photo makes X a photographer even with no byline (A4, A10).
    - A bold run-in heading ("1. Chỉ tiêu tuyển dụng") and the footnote block "Chú thích" with its
      notes are body; the bracketed calls "[1]" stay in their sentences.
    - The sapo printed in ``div.bv-tomtat`` is the summary and the body's first paragraph; a bold
      first paragraph of the rich text (A3) is a sapo too; otherwise summary is null.
    - The ``?aposRefresh=1`` fragment of A6 is the same article (alt_path), not a print view page
      to be gold on its own.
"""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

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

NAME = "apostrophe_pgd"
PLATFORM = "ApostropheCMS 3 (Node.js, Nunjucks, @apostrophecms/blog pieces)"
START_PATH = "/"

SITE = "Phòng GD&ĐT Yên Thành"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
_TZ = timezone(timedelta(hours=7))
_THU = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
_RELEASE = "/apos-frontend/releases/7c1e93b4/default"


@dataclass(frozen=True)
class Widget:
    """A non-text widget inside the body area (video player): printed as its own widget."""

    html: str


def _cuid(seed: str) -> str:
    """A cuid-like id, as Apostrophe gives widgets and attachments."""
    digest = hashlib.sha1(seed.encode()).hexdigest()
    alphabet = "0123456789abcdefghijklmnopqrstuvwxyz"
    num = int(digest, 16)
    out = []
    for _ in range(23):
        num, r = divmod(num, 36)
        out.append(alphabet[r])
    return "cl" + "".join(out)


def att(name: str, size: str = "full") -> str:
    return f"/uploads/attachments/{_cuid('att:' + name)}-{name}.{size}.jpg"


def pdf_att(name: str) -> str:
    return f"/uploads/attachments/{_cuid('att:' + name)}-{name}.pdf"


CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "cong-doan-doan-the": "Công đoàn - Đoàn thể",
    "thong-bao": "Thông báo",
}


def _byline(inner: str) -> Raw:
    return Raw(f'<p style="text-align: right;">{inner}</p>')


# --- the articles -----------------------------------------------------------------------------

A1 = Story(
    1,
    "hoi-nghi-tong-ket-phong-trao-thi-dua-day-tot-hoc-tot-chao-mung-20-11",
    "Yên Thành tổng kết phong trào thi đua “Dạy tốt – Học tốt” chào mừng Ngày Nhà giáo Việt Nam 20/11",
    "tin-tuc-su-kien",
    "2026-11-18T15:20:00+07:00",
    [
        P(
            "Dự hội nghị có đồng chí Nguyễn Thị Lan Anh, Phó Chủ tịch UBND huyện; lãnh đạo Phòng GD&ĐT; "
            "đại diện Công đoàn ngành Giáo dục huyện cùng hơn 120 cán bộ quản lý, giáo viên tiêu biểu đến "
            "từ 72 trường mầm non, tiểu học và THCS trên địa bàn."
        ),
        Img(
            att("hoi-nghi-tong-ket-1"),
            "Các đại biểu dự Hội nghị tổng kết phong trào thi đua.",
            "Các đại biểu dự Hội nghị tổng kết phong trào thi đua.",
            "rt",
        ),
        P(
            "Theo báo cáo tại hội nghị, sau hơn 2 tháng phát động, phong trào thi đua đã được các nhà trường "
            "triển khai sâu rộng với nhiều hình thức phong phú như hội giảng, thao giảng, sinh hoạt chuyên môn "
            "theo nghiên cứu bài học, thi làm đồ dùng dạy học tự làm. Toàn huyện có 1.146 tiết dạy tốt được "
            "đăng ký, trong đó 932 tiết được đánh giá xếp loại Tốt; 318 sáng kiến, giải pháp được áp dụng "
            "hiệu quả trong thực tiễn giảng dạy.",
            "j",
        ),
        P("Nhiều mô hình hay, cách làm sáng tạo", "h3"),
        P(
            "Nhiều đơn vị có cách làm sáng tạo như Trường THCS Hồ Tông Thốc tổ chức “Tuần lễ học tập suốt "
            "đời”, Trường Tiểu học Hợp Thành xây dựng “Thư viện xanh” ngoài trời, Trường Mầm non Hoa Sen "
            "triển khai mô hình “Bé vui học qua trải nghiệm”. Các hoạt động đã tạo không khí thi đua sôi "
            "nổi, góp phần nâng cao chất lượng dạy và học.",
            "j",
        ),
        P(
            "Phát biểu tại hội nghị, đồng chí Nguyễn Thị Lan Anh ghi nhận, biểu dương những kết quả mà đội "
            "ngũ nhà giáo huyện nhà đạt được, đồng thời đề nghị ngành Giáo dục tiếp tục đẩy mạnh chuyển đổi "
            "số, đổi mới phương pháp dạy học, chăm lo xây dựng đội ngũ, phấn đấu hoàn thành xuất sắc nhiệm "
            "vụ năm học.",
            "j",
        ),
        P(
            "“Mỗi thầy cô giáo hãy là một tấm gương sáng về đạo đức, tự học và sáng tạo để học sinh noi "
            "theo”, đồng chí Phó Chủ tịch UBND huyện nhấn mạnh.",
            "q",
        ),
        Img(
            att("trao-giay-khen-20-11"),
            "Lãnh đạo UBND huyện và Phòng GD&ĐT trao Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc.",
            "Lãnh đạo UBND huyện và Phòng GD&ĐT trao Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc.",
            "fig",
        ),
        P(
            "Dịp này, Phòng GD&ĐT đã trao Giấy khen cho 15 tập thể và 42 cá nhân có thành tích xuất sắc "
            "trong phong trào thi đua đợt 1."
        ),
        _byline("<strong>Tin, ảnh: Nguyễn Thị Thu Hà</strong>"),
    ],
    authors=["Nguyễn Thị Thu Hà"],
    photographers=["Nguyễn Thị Thu Hà"],
    summary=(
        "Chiều 18/11, Phòng GD&ĐT huyện Yên Thành tổ chức Hội nghị tổng kết phong trào thi đua “Dạy tốt – "
        "Học tốt” đợt 1 năm học 2026 - 2027, chào mừng kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - "
        "20/11/2026)."
    ),
    sapo_outside=True,
    opts={"updated": "2026-11-19 08:02", "account": "pgd.yenthanh", "tags": ["thi đua", "20/11"]},
)

A2 = Story(
    2,
    "hoc-sinh-yen-thanh-dat-12-giai-tai-hoi-khoe-phu-dong-cap-tinh-lan-thu-xi",
    "Học sinh Yên Thành đạt 12 giải tại Hội khỏe Phù Đổng cấp tỉnh lần thứ XI",
    "tin-tuc-su-kien",
    "2026-12-03T06:15:00+07:00",
    [
        P(
            "Kết thúc Hội khỏe Phù Đổng tỉnh Nghệ An lần thứ XI năm 2026 diễn ra từ ngày 24/11 đến 30/11 tại "
            "thành phố Vinh, đoàn vận động viên học sinh huyện Yên Thành đã xuất sắc giành 12 giải, gồm 3 Huy "
            "chương Vàng, 4 Huy chương Bạc và 5 Huy chương Đồng, xếp thứ 4 toàn đoàn khối các huyện, thị xã."
        ),
        Img(
            att("hkpd-khai-mac"),
            "Đoàn vận động viên huyện Yên Thành tại lễ khai mạc Hội khỏe Phù Đổng cấp tỉnh.",
            "Đoàn vận động viên huyện Yên Thành tại lễ khai mạc Hội khỏe Phù Đổng cấp tỉnh.",
            "rt",
        ),
        P(
            "Tham gia hội khỏe năm nay, huyện Yên Thành cử 46 vận động viên là học sinh tiểu học và THCS tranh "
            "tài ở 7 môn: điền kinh, bơi, cờ vua, bóng bàn, cầu lông, đá cầu và võ cổ truyền. Các em đã được "
            "tuyển chọn qua Hội khỏe Phù Đổng cấp huyện và tập luyện tập trung trong hơn 2 tháng."
        ),
        P(
            "Thành tích tại Hội khỏe Phù Đổng cấp tỉnh tiếp nối thành tích thi đua của ngành trong đợt thi đua "
            "chào mừng Ngày Nhà giáo Việt Nam 20/11.",
            "a|/tin-tuc/hoi-nghi-tong-ket-phong-trao-thi-dua-day-tot-hoc-tot-chao-mung-20-11"
            "?aposMode=draft&aposLocale=vi|thành tích thi đua của ngành",
        ),
        P("Kết quả cụ thể như sau:", "b"),
        P("TT | Môn thi | HCV | HCB | HCĐ", "th"),
        P("1 | Điền kinh | 1 | 2 | 1", "tr"),
        P("2 | Cờ vua | 1 | 0 | 1", "tr"),
        P("3 | Võ cổ truyền | 1 | 1 | 0", "tr"),
        P("4 | Cầu lông | 0 | 1 | 2", "tr"),
        P("5 | Đá cầu | 0 | 0 | 1", "tr"),
        P("Tổng cộng | 5 môn | 3 | 4 | 5", "tr"),
        Img(
            att("hkpd-800m-nu"),
            "Em Lê Bảo Ngọc (Trường THCS Phan Đăng Lưu) giành Huy chương Vàng nội dung chạy 800m nữ.",
            "Em Lê Bảo Ngọc (Trường THCS Phan Đăng Lưu) giành Huy chương Vàng nội dung chạy 800m nữ.",
            "fig",
        ),
        P(
            "Nổi bật là em Lê Bảo Ngọc, học sinh lớp 9A Trường THCS Phan Đăng Lưu, giành Huy chương Vàng nội "
            "dung chạy 800m nữ với thành tích 2 phút 31 giây 08, phá kỷ lục hội khỏe cấp tỉnh tồn tại 8 năm."
        ),
        P(
            "Thành tích trên là kết quả của sự quan tâm chỉ đạo của UBND huyện, sự nỗ lực của các nhà trường, "
            "giáo viên huấn luyện và sự cố gắng không ngừng của các em học sinh."
        ),
        _byline("<em>Tin: Phạm Quang Huy - Ảnh: Võ Thị Hằng</em>"),
    ],
    authors=["Phạm Quang Huy"],
    photographers=["Võ Thị Hằng"],
    opts={"updated": "2026-12-05 07:48", "account": "pgd.yenthanh", "tags": ["hội khỏe phù đổng"]},
)

A3 = Story(
    3,
    "trao-150-suat-hoc-bong-tiep-buoc-den-truong-cho-hoc-sinh-ngheo-vuot-kho",
    "Trao 150 suất học bổng “Tiếp bước đến trường” cho học sinh nghèo vượt khó",
    "tin-tuc-su-kien",
    "2026-10-24T09:00:00+07:00",
    [
        P(
            "Sáng 24/10, tại Hội trường UBND huyện, Quỹ Khuyến học huyện Yên Thành phối hợp với Báo Nghệ An và "
            "các nhà hảo tâm tổ chức trao 150 suất học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh "
            "khó khăn vươn lên trong học tập.",
            "b",
        ),
        P(
            "Mỗi suất học bổng trị giá 2 triệu đồng tiền mặt cùng bộ sách giáo khoa, đồ dùng học tập. Tổng giá "
            "trị chương trình năm nay hơn 380 triệu đồng, do các doanh nghiệp, nhà hảo tâm và cựu học sinh Yên "
            "Thành đang sinh sống, làm việc trong và ngoài nước đóng góp."
        ),
        Img(
            att("trao-hoc-bong-2026"),
            "(Các em học sinh nhận học bổng “Tiếp bước đến trường”)",
            "Các em học sinh nhận học bổng “Tiếp bước đến trường”",
            "rt",
        ),
        P(
            "Các em nhận học bổng đều là những học sinh có hoàn cảnh đặc biệt khó khăn: mồ côi cha hoặc mẹ, gia "
            "đình thuộc hộ nghèo, cận nghèo, bản thân có ý chí vươn lên, đạt kết quả học tập từ khá trở lên."
        ),
        P(
            "Em Nguyễn Thị Khánh Linh, học sinh lớp 8 Trường THCS Bắc Thành xúc động chia sẻ: “Bố em mất sớm, "
            "mẹ làm ruộng nuôi ba chị em. Suất học bổng hôm nay là động lực để em cố gắng học tốt hơn, sau này "
            "trở thành cô giáo”."
        ),
        P(
            "Theo kế hoạch, từ nay đến cuối năm 2026, Quỹ Khuyến học huyện tiếp tục vận động nguồn lực để trao "
            "thêm 200 suất học bổng cho học sinh các xã vùng khó khăn."
        ),
        _byline("<strong>Minh Châu</strong>"),
        _byline("<em>Nguồn: Báo Nghệ An</em>"),
    ],
    authors=["Minh Châu"],
    source="Báo Nghệ An",
    summary=(
        "Sáng 24/10, tại Hội trường UBND huyện, Quỹ Khuyến học huyện Yên Thành phối hợp với Báo Nghệ An và "
        "các nhà hảo tâm tổ chức trao 150 suất học bổng “Tiếp bước đến trường” cho học sinh có hoàn cảnh "
        "khó khăn vươn lên trong học tập."
    ),
    opts={"account": "pgd.yenthanh", "tags": ["khuyến học", "học bổng"]},
)

A4 = Story(
    4,
    "chuc-mung-thay-tro-truong-thcs-ho-tong-thoc-gianh-giai-nhat-cuoc-thi-khkt-cap-tinh",
    "🎉 Chúc mừng thầy trò Trường THCS Hồ Tông Thốc giành giải Nhất Cuộc thi Khoa học kỹ thuật cấp tỉnh",
    "tin-tuc-su-kien",
    "2026-11-29",
    [
        P(
            "Tại Cuộc thi Khoa học kỹ thuật dành cho học sinh trung học tỉnh Nghệ An năm học 2026 - 2027, dự án "
            "“Hệ thống cảnh báo sớm ngập lụt cho vùng trũng sử dụng cảm biến IoT” của nhóm học sinh Trường THCS "
            "Hồ Tông Thốc đã xuất sắc đạt giải Nhất lĩnh vực Hệ thống nhúng. 👏👏"
        ),
        P(
            "Nhóm tác giả gồm em Hồ Đức Mạnh và em Nguyễn Hải Yến, học sinh lớp 9B, dưới sự hướng dẫn của thầy "
            "giáo Đặng Văn Khoa, giáo viên Tin học của nhà trường."
        ),
        Img(att("khkt-ho-tong-thoc"), "Ảnh: Đặng Văn Khoa", None, "rt"),
        P(
            "Dự án được nhóm ấp ủ từ thực tế quê hương thường xuyên bị ngập úng mỗi mùa mưa lũ. Hệ thống gồm các "
            "cảm biến đo mực nước đặt tại các điểm trũng, dữ liệu được gửi về máy chủ và tự động nhắn tin cảnh "
            "báo tới điện thoại của người dân khi mực nước vượt ngưỡng an toàn."
        ),
        P(
            "Với kết quả này, dự án được lựa chọn tham dự Cuộc thi Khoa học kỹ thuật cấp quốc gia dành cho học "
            "sinh trung học năm 2027."
        ),
        P("Phòng GD&ĐT huyện Yên Thành chúc mừng thầy và trò Trường THCS Hồ Tông Thốc! 🌟"),
        _byline("<strong>BBT</strong>"),
    ],
    photographers=["Đặng Văn Khoa"],
    opts={"date_form": "day", "updated": "2026-12-05 09:31", "account": "admin", "tags": ["KHKT"]},
)

A5 = Story(
    5,
    "chuyen-de-doi-moi-phuong-phap-day-hoc-mon-tieng-viet-lop-4",
    "Chuyên đề “Đổi mới phương pháp dạy học môn Tiếng Việt lớp 4 theo Chương trình GDPT 2018”",
    "hoat-dong-chuyen-mon",
    "2026-10-15T14:00:00+07:00",
    [
        P(
            "Tham dự chuyên đề có hơn 90 cán bộ quản lý, tổ trưởng chuyên môn và giáo viên dạy lớp 4 của các "
            "trường tiểu học trong huyện."
        ),
        P("Tại chuyên đề, các đại biểu đã dự 2 tiết dạy minh họa:"),
        P(
            "Bài “Bàn tay cô giáo” (phân môn Đọc) do cô giáo Trần Thị Phương, Trường Tiểu học Hợp Thành thực hiện;",
            "ul",
        ),
        P("Bài “Viết bài văn miêu tả cây cối” do cô giáo Lê Thị Hoài, Trường Tiểu học Mã Thành thực hiện.", "ul"),
        Img(att("IMG_1524"), None, None, "alt"),
        P(
            "Các tiết dạy được thiết kế theo hướng phát triển năng lực, phẩm chất người học; học sinh được tổ "
            "chức hoạt động nhóm, trình bày, nhận xét lẫn nhau; giáo viên khai thác hiệu quả thiết bị dạy học "
            "và học liệu số."
        ),
        P("Sau phần dạy minh họa, các đại biểu thảo luận, góp ý về:", "br"),
        P(
            "những điểm mới trong dạy đọc hiểu văn bản; cách tổ chức hoạt động viết theo quy trình; đánh giá "
            "thường xuyên bằng nhận xét."
        ),
        P(
            "Chuyên đề đã giúp đội ngũ giáo viên thống nhất cách hiểu, vận dụng linh hoạt vào thực tiễn giảng "
            "dạy tại đơn vị, góp phần nâng cao chất lượng dạy học môn Tiếng Việt."
        ),
        _byline("<strong>Bộ phận Tiểu học</strong>"),
    ],
    authors=["Bộ phận Tiểu học"],
    summary=(
        "Nhằm giúp giáo viên tháo gỡ những khó khăn khi dạy học môn Tiếng Việt lớp 4 theo Chương trình GDPT "
        "2018, ngày 14/10, Phòng GD&ĐT tổ chức chuyên đề cấp huyện tại Trường Tiểu học Hợp Thành."
    ),
    sapo_outside=True,
    opts={"account": "tieuhoc.pgd", "tags": ["tiểu học", "chuyên đề"]},
)

A6 = Story(
    6,
    "hoi-thi-giao-vien-day-gioi-cap-huyen-bac-thcs-nam-hoc-2026-2027",
    "Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026 - 2027: 86 giáo viên tham gia",
    "hoat-dong-chuyen-mon",
    "2026-11-06T10:45:00+07:00",
    [
        P(
            "Từ ngày 02/11 đến ngày 06/11, Phòng GD&ĐT huyện Yên Thành tổ chức Hội thi giáo viên dạy giỏi cấp "
            "huyện bậc THCS năm học 2026 - 2027 với sự tham gia của 86 giáo viên đến từ 38 trường THCS trong huyện."
        ),
        P(
            "Hội thi gồm 2 phần: trình bày biện pháp nâng cao chất lượng giáo dục và thực hành dạy 2 tiết (1 tiết "
            "tự chọn, 1 tiết bốc thăm). Các tiết dạy được thực hiện trên lớp học thực tế tại các trường THCS Phan "
            "Đăng Lưu, THCS Bắc Thành và THCS thị trấn."
        ),
        Widget(
            '<div class="vd-khung" data-apos-video-player data-apos-video-url="https://www.youtube.com/watch?v='
            'Q3x9mLr2Tk8"><noscript>Trình duyệt của bạn không hỗ trợ JavaScript, vui lòng bật JavaScript để xem '
            'video.</noscript></div>\n<p class="vd-ng"><em>Phóng sự về Hội thi (Nguồn: Đài Truyền thanh - '
            "Truyền hình huyện Yên Thành)</em></p>"
        ),
        P(
            "Ban giám khảo đánh giá các tiết dạy năm nay có nhiều đổi mới, giáo viên vận dụng linh hoạt các "
            "phương pháp, kỹ thuật dạy học tích cực, ứng dụng công nghệ thông tin hiệu quả. Nhiều tiết dạy tổ "
            "chức cho học sinh học tập qua dự án, trải nghiệm thực tế gắn với địa phương."
        ),
        P(
            "Kết quả, Ban tổ chức công nhận 61 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp huyện; trong đó 12 "
            "giáo viên được đề nghị tham gia hội thi cấp tỉnh."
        ),
        Img(
            att("gvdg-thcs-khtn"),
            "Thầy giáo Nguyễn Văn Toàn, Trường THCS Bắc Thành trong tiết dạy môn Khoa học tự nhiên.",
            "Thầy giáo Nguyễn Văn Toàn, Trường THCS Bắc Thành trong tiết dạy môn Khoa học tự nhiên.",
            "fig",
        ),
        _byline("<strong>ThS. Phan Văn Lợi</strong> - Phó Trưởng phòng GD&amp;ĐT"),
    ],
    authors=["Phan Văn Lợi"],
    opts={"account": "pgd.yenthanh", "tags": ["giáo viên dạy giỏi", "THCS"]},
)

A7 = Story(
    7,
    "tap-huan-ung-dung-tri-tue-nhan-tao-ai-trong-soan-giang",
    "Tập huấn ứng dụng trí tuệ nhân tạo (AI) trong soạn giảng cho cán bộ quản lý, giáo viên THCS",
    "hoat-dong-chuyen-mon",
    "2026-11-25T08:30:00+07:00",
    [
        P(
            "Trong 2 ngày 23 và 24/11, Phòng GD&ĐT huyện Yên Thành tổ chức lớp tập huấn “Ứng dụng trí tuệ nhân "
            "tạo (AI) trong soạn giảng và kiểm tra, đánh giá” cho hơn 200 cán bộ quản lý, giáo viên cốt cán các "
            "trường THCS.",
            "msoP",
        ),
        P(
            "Báo cáo viên là các giảng viên Khoa Công nghệ thông tin, Trường Đại học Vinh. Nội dung tập huấn "
            "tập trung vào các vấn đề:",
            "msoP",
        ),
        P(
            "Tổng quan về trí tuệ nhân tạo tạo sinh và các nguyên tắc sử dụng an toàn, có trách nhiệm trong nhà trường;",
            "mso",
        ),
        P(
            "Sử dụng công cụ AI hỗ trợ xây dựng kế hoạch bài dạy, thiết kế phiếu học tập, câu hỏi kiểm tra theo "
            "ma trận;",
            "mso",
        ),
        P("Khai thác AI trong tạo hình ảnh, video minh họa bài giảng;", "mso"),
        P("Nhận diện và phòng tránh việc học sinh lạm dụng AI khi làm bài tập.", "mso"),
        P(
            "- Học viên được thực hành trực tiếp trên máy tính, xây dựng sản phẩm là một kế hoạch bài dạy có ứng "
            "dụng AI theo môn học mình phụ trách.",
            "msoP",
        ),
        Img(
            att("tap-huan-ai-thcs"),
            "Giáo viên thực hành xây dựng kế hoạch bài dạy với sự hỗ trợ của công cụ AI.",
            "Giáo viên thực hành xây dựng kế hoạch bài dạy với sự hỗ trợ của công cụ AI.",
            "fig",
        ),
        P(
            "Kết thúc lớp tập huấn, 100% học viên hoàn thành sản phẩm cuối khóa. Đây là hoạt động thiết thực "
            "nhằm triển khai Kế hoạch chuyển đổi số ngành Giáo dục huyện giai đoạn 2026 - 2030.",
            "msoP",
        ),
        Raw(
            '<p class="MsoNormal" style="text-align:justify"><b><span lang="VI" style="font-size:14.0pt">Xem thêm:'
            '</span></b><span lang="VI" style="font-size:14.0pt"> <a href="/tin-tuc/hoi-thi-giao-vien-day-gioi-cap-'
            'huyen-bac-thcs-nam-hoc-2026-2027?aposRefresh=1">Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học '
            "2026 - 2027</a><o:p></o:p></span></p>"
        ),
        Raw(
            '<p class="MsoNormal" align="right" style="text-align:right"><b><span lang="VI" style="font-size:14.0pt">'
            "Hoàng Anh Tuấn<o:p></o:p></span></b></p>"
        ),
    ],
    authors=["Hoàng Anh Tuấn"],
    opts={"nfd": True, "word": True, "account": "thcs.pgd", "updated": "2026-11-25 10:02", "tags": ["chuyển đổi số"]},
)

A8 = Story(
    8,
    "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-tai-cum-truong-tieu-hoc-so-3",
    "Sinh hoạt chuyên môn theo nghiên cứu bài học tại cụm trường Tiểu học số 3",
    "hoat-dong-chuyen-mon",
    "2026-10-08T16:10:00+07:00",
    [
        P(
            "Ngày 07/10, cụm chuyên môn số 3 gồm các trường Tiểu học Bắc Thành, Nam Thành, Trung Thành và Xuân "
            "Thành tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu bài học tại Trường Tiểu học Bắc Thành."
        ),
        P(
            "Buổi sinh hoạt tập trung vào bài “Phép cộng các số trong phạm vi 100 000” (Toán lớp 3). Giáo viên "
            "dạy minh họa là cô giáo Trần Thị Mai. Trong quá trình dự giờ, giáo viên các trường quan sát kỹ hoạt "
            "động học của từng nhóm học sinh, ghi chép những biểu hiện cụ thể để làm căn cứ thảo luận."
        ),
        Img(
            att("nclb-bac-thanh-1"),
            "Cô giáo Trần Thị Mai hướng dẫn học sinh thực hành theo nhóm.",
            "Cô giáo Trần Thị Mai hướng dẫn học sinh thực hành theo nhóm.",
            "slide",
        ),
        Img(att("nclb-bac-thanh-2"), None, None, "slide"),
        Img(
            att("nclb-bac-thanh-3"),
            "Giáo viên cụm trường thảo luận sau tiết dạy.",
            "Giáo viên cụm trường thảo luận sau tiết dạy.",
            "slide",
        ),
        P(
            "Phần thảo luận diễn ra sôi nổi, cởi mở. Các ý kiến không tập trung đánh giá, xếp loại giờ dạy mà phân "
            "tích nguyên nhân vì sao học sinh chưa đạt được mục tiêu bài học, từ đó đề xuất biện pháp điều chỉnh "
            "phù hợp."
        ),
        P(
            "Thông qua buổi sinh hoạt, giáo viên trong cụm có cơ hội học hỏi, chia sẻ kinh nghiệm, cùng nhau tháo "
            "gỡ khó khăn trong dạy học."
        ),
        _byline("<em>Tin, ảnh: Trần Thị Mai (TH Bắc Thành)</em>"),
    ],
    authors=["Trần Thị Mai"],
    photographers=["Trần Thị Mai"],
    opts={"account": "tieuhoc.pgd", "tags": ["tiểu học", "NCBH"]},
)

A9 = Story(
    9,
    "cong-doan-nganh-giao-duc-phat-dong-thang-hanh-dong-vi-binh-dang-gioi",
    "Công đoàn ngành Giáo dục huyện phát động Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với "
    "bạo lực trên cơ sở giới",
    "cong-doan-doan-the",
    "2026-11-12T07:45:00+07:00",
    [
        P(
            "Chủ đề của Tháng hành động năm nay là “Chung tay chấm dứt bạo lực trên cơ sở giới trong trường "
            "học”.[1] Công đoàn ngành yêu cầu các công đoàn cơ sở phối hợp với chuyên môn nhà trường tổ chức các "
            "hoạt động truyền thông phù hợp với lứa tuổi học sinh."
        ),
        P("Các hoạt động trọng tâm gồm:"),
        P("Treo băng rôn, khẩu hiệu hưởng ứng tại cổng trường;", "ol"),
        P("Tổ chức chuyên đề, diễn đàn “Nói không với bạo lực học đường” dưới cờ;", "ol"),
        P("Lồng ghép nội dung bình đẳng giới trong các tiết sinh hoạt lớp, hoạt động trải nghiệm.", "ol"),
        P(
            "Đồng thời, công đoàn cơ sở tăng cường nắm bắt tâm tư, nguyện vọng của đoàn viên, kịp thời hỗ trợ nữ "
            "đoàn viên có hoàn cảnh khó khăn theo tinh thần Nghị quyết Đại hội Công đoàn ngành nhiệm kỳ 2023 - "
            "2028.[2]"
        ),
        Img(
            att("phat-dong-binh-dang-gioi"),
            "Lễ phát động tại Trường THCS thị trấn Yên Thành.",
            "Lễ phát động tại Trường THCS thị trấn Yên Thành.",
            "rt",
        ),
        P("Chú thích", "h4"),
        P("[1] Chủ đề do Ủy ban Quốc gia vì sự tiến bộ của phụ nữ Việt Nam phát động năm 2026.", "fn"),
        P(
            "[2] Nghị quyết Đại hội đại biểu Công đoàn Giáo dục huyện Yên Thành lần thứ XI, nhiệm kỳ 2023 - 2028.",
            "fn",
        ),
        _byline("<strong>Lê Văn Hùng</strong>"),
    ],
    authors=["Lê Văn Hùng"],
    summary=(
        "Hưởng ứng Tháng hành động vì bình đẳng giới và phòng ngừa, ứng phó với bạo lực trên cơ sở giới năm "
        "2026 (từ 15/11 đến 15/12), Công đoàn ngành Giáo dục huyện Yên Thành đã ban hành kế hoạch và phát động "
        "tới 72 công đoàn cơ sở trực thuộc."
    ),
    sapo_outside=True,
    opts={"account": "congdoan.gd", "tags": ["bình đẳng giới"]},
)

A10 = Story(
    10,
    "giai-bong-chuyen-hoi-nu-can-bo-giao-vien-chao-mung-20-10",
    "Sôi nổi Giải bóng chuyền hơi nữ cán bộ, giáo viên chào mừng Ngày Phụ nữ Việt Nam 20/10",
    "cong-doan-doan-the",
    "2026-10-19T17:30:00+07:00",
    [
        P(
            "Chào mừng kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2026), từ "
            "ngày 17 đến 19/10, Công đoàn ngành Giáo dục huyện tổ chức Giải bóng chuyền hơi nữ cán bộ, giáo viên "
            "năm 2026."
        ),
        P(
            "Giải thu hút 24 đội bóng đến từ các cụm trường mầm non, tiểu học và THCS với hơn 300 vận động viên "
            "tham gia. Các trận đấu diễn ra sôi nổi, hấp dẫn, thể hiện tinh thần đoàn kết, giao lưu học hỏi giữa "
            "các đơn vị."
        ),
        Img(att("bong-chuyen-hoi-nu-1"), "Ảnh: Đinh Công Sơn", None, "rt"),
        P(
            "Kết quả: giải Nhất thuộc về đội Cụm THCS số 2; giải Nhì thuộc về đội Cụm Mầm non số 1; đồng giải Ba "
            "thuộc về đội Cụm Tiểu học số 4 và đội Cơ quan Phòng GD&ĐT."
        ),
        Img(
            att("bong-chuyen-hoi-nu-trao-cup"),
            "Ban tổ chức trao cúp vô địch cho đội Cụm THCS số 2.",
            "Ban tổ chức trao cúp vô địch cho đội Cụm THCS số 2.",
            "fig",
        ),
        _byline("<strong>BBT</strong>"),
    ],
    photographers=["Đinh Công Sơn"],
    opts={"account": "congdoan.gd", "tags": ["công đoàn", "20/10"]},
)

_LETTERHEAD = (
    '<table style="width: 100%; border: none"><colgroup><col style="width: 42%"><col></colgroup><tbody><tr>'
    '<td style="text-align: center; vertical-align: top"><p>UBND HUYỆN YÊN THÀNH<br><strong>PHÒNG GIÁO DỤC VÀ '
    "ĐÀO TẠO</strong></p><p>Số: 412/TB-PGDĐT</p></td>"
    '<td style="text-align: center; vertical-align: top"><p><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</strong>'
    '<br><strong>Độc lập - Tự do - Hạnh phúc</strong></p><p><em>Yên Thành, ngày 30 tháng 11 năm 2026</em></p>'
    "</td></tr></tbody></table>\n"
    '<p style="text-align: center"><strong>THÔNG BÁO</strong></p>\n'
    '<p style="text-align: center"><strong>Về việc tuyển dụng viên chức giáo dục năm 2026</strong></p>'
)
_CLOSING = (
    '<table style="width: 100%; border: none"><tbody><tr><td style="vertical-align: top"><p><strong><em>Nơi '
    "nhận:</em></strong><br>- Như trên;<br>- UBND huyện (b/c);<br>- Phòng Nội vụ;<br>- Cổng TTĐT huyện;<br>- "
    'Lưu: VT, TCCB.</p></td><td style="text-align: center; vertical-align: top"><p><strong>TRƯỞNG PHÒNG</strong>'
    "</p><p><em>(Đã ký)</em></p><p><strong>Nguyễn Đình Thắng</strong></p></td></tr></tbody></table>"
)

A11 = Story(
    11,
    "thong-bao-ve-viec-tuyen-dung-vien-chuc-giao-duc-nam-2026",
    "Thông báo về việc tuyển dụng viên chức giáo dục năm 2026",
    "thong-bao",
    "2026-11-30",
    [
        Raw(_LETTERHEAD),
        P(
            "Căn cứ Nghị định số 115/2020/NĐ-CP ngày 25/9/2020 của Chính phủ quy định về tuyển dụng, sử dụng và "
            "quản lý viên chức; Nghị định số 85/2023/NĐ-CP ngày 07/12/2023 sửa đổi, bổ sung một số điều của Nghị "
            "định số 115/2020/NĐ-CP;",
            "i",
        ),
        P(
            "Căn cứ Kế hoạch số 287/KH-UBND ngày 20/11/2026 của UBND huyện Yên Thành về tuyển dụng viên chức giáo "
            "dục năm 2026,",
            "i",
        ),
        P("Phòng Giáo dục và Đào tạo huyện Yên Thành thông báo tuyển dụng viên chức giáo dục năm 2026 như sau:"),
        P("1. Chỉ tiêu tuyển dụng", "b"),
        P(
            "Tổng chỉ tiêu: 64 người, trong đó: giáo viên mầm non 22 chỉ tiêu; giáo viên tiểu học 27 chỉ tiêu; "
            "giáo viên THCS 15 chỉ tiêu (chi tiết theo phụ lục đính kèm)."
        ),
        P("2. Thời gian, địa điểm nhận phiếu đăng ký dự tuyển", "b"),
        P("Thời gian: từ ngày 01/12/2026 đến hết ngày 30/12/2026 (trong giờ hành chính các ngày làm việc)."),
        P("Địa điểm: Phòng Nội vụ huyện Yên Thành, Khối 3, thị trấn Yên Thành, huyện Yên Thành, tỉnh Nghệ An."),
        P("3. Hình thức tuyển dụng", "b"),
        P("Xét tuyển theo quy định tại Điều 11 Nghị định số 115/2020/NĐ-CP (được sửa đổi tại Nghị định số 85/2023/NĐ-CP)."),
        P(
            "Mọi chi tiết xin liên hệ Phòng Giáo dục và Đào tạo huyện Yên Thành, điện thoại: 0238.3863.254 để được "
            "hướng dẫn."
        ),
        Raw(_CLOSING),
        Raw(
            f'<p>📎 <a href="{pdf_att("tb-412-tuyen-dung-vien-chuc-2026")}">'
            "TB-412-tuyen-dung-vien-chuc-2026.pdf</a> <em>(Tải về)</em></p>"
        ),
    ],
    authors=["Nguyễn Đình Thắng"],
    opts={"posted": "2026-12-01T09:12", "account": "vanthu.pgd", "tags": ["tuyển dụng"]},
)

A12 = Story(
    12,
    "lich-kiem-tra-cuoi-hoc-ki-i-nam-hoc-2026-2027-cap-thcs",
    "Lịch kiểm tra cuối học kì I năm học 2026 - 2027 cấp THCS",
    "thong-bao",
    "2026-12-04T16:00:00+07:00",
    [
        P(
            "Thực hiện Kế hoạch thời gian năm học 2026 - 2027, Phòng GD&ĐT huyện Yên Thành thông báo lịch kiểm tra "
            "cuối học kì I các môn kiểm tra chung đối với các trường THCS trên địa bàn như sau:"
        ),
        P("Ngày | Buổi | Môn kiểm tra | Khối lớp | Thời gian làm bài", "th"),
        P("22/12/2026 | Sáng | Ngữ văn | 6, 7, 8, 9 | 90 phút", "tr"),
        P("22/12/2026 | Chiều | Tiếng Anh | 6, 7, 8, 9 | 60 phút", "tr"),
        P("23/12/2026 | Sáng | Toán | 6, 7, 8, 9 | 90 phút", "tr"),
        P("23/12/2026 | Chiều | Khoa học tự nhiên | 6, 7, 8, 9 | 60 phút", "tr"),
        P(
            "Các môn học còn lại, nhà trường chủ động xây dựng lịch kiểm tra và hoàn thành trước ngày 27/12/2026."
        ),
        P(
            "Đề kiểm tra các môn Ngữ văn, Toán, Tiếng Anh lớp 9 do Phòng GD&ĐT ra đề và gửi qua hệ thống thư điện "
            "tử công vụ vào 06 giờ 30 phút sáng ngày kiểm tra. Hiệu trưởng các trường chịu trách nhiệm bảo mật đề, "
            "tổ chức kiểm tra nghiêm túc, đúng quy chế."
        ),
        P("Đề nghị các trường triển khai thực hiện./."),
        Raw(
            '<p><strong>Tệp đính kèm:</strong> <a href="'
            + pdf_att("lich-kt-hki-thcs-2026-2027")
            + '" target="_blank">Lich-KT-HKI-THCS-2026-2027.pdf</a></p>'
        ),
    ],
    opts={"account": "thcs.pgd", "updated": "2026-12-05 07:15", "tags": ["kiểm tra học kì"]},
)

A13 = Story(
    13,
    "thong-bao-ket-qua-xet-cong-nhan-sang-kien-kinh-nghiem-cap-huyen-nam-2026",
    "Thông báo kết quả xét công nhận sáng kiến kinh nghiệm cấp huyện năm 2026",
    "thong-bao",
    "2026-10-29",
    [
        P(
            "Căn cứ kết quả chấm của Hội đồng khoa học ngành Giáo dục huyện, Phòng GD&ĐT huyện Yên Thành thông báo "
            "kết quả xét công nhận sáng kiến kinh nghiệm cấp huyện năm 2026 như sau:"
        ),
        P("Tổng số sáng kiến dự xét: 412 sáng kiến;", "ul"),
        P(
            "Số sáng kiến được công nhận: 287 sáng kiến, trong đó bậc học Mầm non 84, Tiểu học 112, THCS 91;",
            "ul",
        ),
        P("Số sáng kiến được đề nghị xét công nhận cấp tỉnh: 36 sáng kiến.", "ul"),
        P(
            "Danh sách cụ thể được đăng tải tại mục Văn bản của Cổng thông tin điện tử Phòng GD&ĐT. Các đơn vị có ý "
            "kiến phản hồi gửi về Phòng GD&ĐT (qua bộ phận Tổ chức - Thi đua) trước ngày 10/11/2026."
        ),
    ],
    opts={"date_form": "midnight", "account": "vanthu.pgd", "tags": ["sáng kiến kinh nghiệm"]},
)

STORIES = [A1, A2, A3, A4, A5, A6, A7, A8, A9, A10, A11, A12, A13]
BY_SLUG = {s.slug: s for s in STORIES}
OLD_SLUGS = {"hoi-thi-giao-vien-day-gioi-cap-huyen-thcs-2026": A6.slug}
NOTICES = [s for s in STORIES if s.cat == "thong-bao"]


def _posted(story: Story) -> datetime:
    """When the piece was posted (its ``publishedAt``): what listings sort and print."""
    if "posted" in story.opts:
        return datetime.fromisoformat(story.opts["posted"]).replace(tzinfo=_TZ)
    value = story.published_at or ""
    if "T" in value:
        return datetime.fromisoformat(value)
    return datetime.fromisoformat(value + "T00:00:00").replace(tzinfo=_TZ)


def _newest(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=_posted, reverse=True)


NEWS = _newest([s for s in STORIES if s.cat != "thong-bao"])
NOTICES = _newest(NOTICES)


def url_of(story: Story) -> str:
    """The piece's ``_url``: the index page the piece belongs to."""
    return f"/thong-bao/{story.slug}" if story.cat == "thong-bao" else f"/tin-tuc/{story.slug}"


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def _dmy(moment: datetime) -> str:
    return moment.strftime("%d/%m/%Y")


# --- rendering helpers -----------------------------------------------------------------------


def _t(story: Story, value: str) -> str:
    return text(value, nfd=bool(story.opts.get("nfd")))


def _wrap(kind: str, seed: str, inner: str, cls: str) -> str:
    return (
        f'<div class="apos-area-widget-wrapper" data-apos-widget-wrapper="{kind}">'
        f'<div class="{cls}" data-apos-widget="{_cuid(seed)}">\n{inner}\n</div></div>'
    )


def _word_p(body: str, align: str = "justify") -> str:
    return (
        f'<p class="MsoNormal" style="text-align:{align};text-indent:36.0pt;line-height:150%">'
        f'<span lang="VI" style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,'
        f'serif">{body}<o:p></o:p></span></p>'
    )


def _word_li(body: str) -> str:
    return (
        '<p class="MsoListParagraphCxSpMiddle" style="margin-left:36.0pt;mso-add-space:auto;text-align:justify;'
        'text-indent:-18.0pt;line-height:150%;mso-list:l0 level1 lfo1"><!--[if !supportLists]--><span lang="VI" '
        'style="font-size:14.0pt;line-height:150%;font-family:Symbol;mso-fareast-font-family:Symbol"><span '
        'style="mso-list:Ignore">·<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;'
        '&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]--><span lang="VI" style="font-size:14.0pt;'
        f'line-height:150%;font-family:&quot;Times New Roman&quot;,serif">{body}<o:p></o:p></span></p>'
    )


def _rich(story: Story, blocks: list) -> str:
    """P and Raw blocks as the rich-text widget (tiptap) or, for Word pastes, the HTML widget prints them."""
    out: list[str] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            out.append(b.html)
            i += 1
            continue
        st, body = b.style, _t(story, b.text)
        if st in ("ul", "ol"):
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == st:
                items.append(f"<li><p>{_t(story, blocks[i].text)}</p></li>")
                i += 1
            out.append(f"<{st}>" + "".join(items) + f"</{st}>")
            continue
        if st in ("th", "tr"):
            rows = []
            ncols = len(b.text.split(" | "))
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr"):
                row = blocks[i]
                tag = "th" if row.style == "th" else "td"
                cells = "".join(
                    f'<{tag} colspan="1" rowspan="1"><p>{_t(story, c)}</p></{tag}>' for c in row.text.split(" | ")
                )
                rows.append(f"<tr>{cells}</tr>")
                i += 1
            cols = "".join('<col style="min-width: 25px">' for _ in range(ncols))
            out.append(
                f'<table style="min-width: {25 * ncols}px"><colgroup>{cols}</colgroup><tbody>'
                + "".join(rows)
                + "</tbody></table>"
            )
            continue
        if st == "br":
            nxt = blocks[i + 1]
            out.append(f"<p>{body}<br>{_t(story, nxt.text)}</p>")
            i += 2
            continue
        if st.startswith("a|"):
            _, href, anchor = st.split("|", 2)
            anchor_html = _t(story, anchor)
            body = body.replace(anchor_html, f'<a href="{esc(href)}">{anchor_html}</a>', 1)
            out.append(f"<p>{body}</p>")
        elif st == "b":
            out.append(f"<p><strong>{body}</strong></p>")
        elif st == "i":
            out.append(f'<p style="text-align: justify"><em>{body}</em></p>')
        elif st in ("h3", "h4"):
            out.append(f"<{st}>{body}</{st}>")
        elif st == "q":
            out.append(f"<blockquote><p><em>{body}</em></p></blockquote>")
        elif st == "j":
            out.append(f'<p style="text-align: justify">{body}</p>')
        elif st == "fn":
            out.append(f'<p style="font-size: 13px; color: #555">{body}</p>')
        elif st == "msoP":
            out.append(_word_p(body))
        elif st == "mso":
            out.append(_word_li(body))
        else:
            out.append(f"<p>{body}</p>")
        i += 1
    return "\n".join(out)


def _img_tag(src: str, alt: str, extra: str = "") -> str:
    stem = src.rsplit(".", 2)[0]
    srcset = ", ".join(
        f"{stem}.{size}.jpg {w}w"
        for size, w in (("max", 1600), ("full", 1140), ("two-thirds", 760), ("one-half", 570), ("one-third", 380))
    )
    return (
        f'<img srcset="{srcset}" sizes="(min-width: 1140px) 760px, 100vw" src="{src}" alt="{esc(alt)}" '
        f'width="1140" height="760" loading="lazy"{extra}>'
    )


def _camera_name(src: str, n: int) -> str:
    """What the uploader left as the attachment's alt: the camera's file name."""
    num = int(hashlib.md5(src.encode()).hexdigest()[:8], 16)
    return f"IMG_2026{(num % 3) + 10:02d}{(num % 28) + 1:02d}_{num % 240000:06d}"


def area(story: Story) -> str:
    """The body area: rich-text widgets split by image, slideshow and video widgets."""
    word = bool(story.opts.get("word"))
    kind, cls = ("@apostrophecms/html", "w-html") if word else ("@apostrophecms/rich-text", "w-rt")
    out: list[str] = []
    run: list = []
    carry: str | None = None
    n = 0
    blocks = story.blocks

    def flush() -> None:
        nonlocal carry, run
        if not run and carry is None:
            return
        inner = ""
        if carry is not None:
            inner = f'<p style="text-align: center"><em>{_t(story, carry)}</em></p>\n'
        inner += _rich(story, run)
        out.append(_wrap(kind, f"{story.slug}:{len(out)}", inner, cls))
        run, carry = [], None

    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img) and b.style == "slide":
            flush()
            items = []
            while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "slide":
                img = blocks[i]
                n += 1
                cap = f'<div class="sls-cap">{_t(story, img.printed)}</div>' if img.printed else ""
                active = " is-active" if not items else ""
                items.append(f'<div class="sls-it{active}">{_img_tag(img.src, _camera_name(img.src, n))}{cap}</div>')
                i += 1
            inner = (
                '<div class="sls" data-sl-auto="5000">' + "".join(items) + "</div>"
                '<button class="sls-prev" type="button" aria-label="Ảnh trước">‹</button>'
                '<button class="sls-next" type="button" aria-label="Ảnh sau">›</button>'
                f'<div class="sls-dem">1 / {len(items)}</div>'
            )
            out.append(_wrap("slideshow", f"{story.slug}:{len(out)}", inner, "w-slide"))
            continue
        if isinstance(b, Img):
            flush()
            n += 1
            figcap = ""
            if b.style == "fig" and b.printed:
                figcap = f"<figcaption>{_t(story, b.printed)}</figcaption>"
            inner = f'<figure class="anh-w">{_img_tag(b.src, _camera_name(b.src, n), " data-apos-image-widget")}{figcap}</figure>'
            out.append(_wrap("@apostrophecms/image", f"{story.slug}:{len(out)}", inner, "w-anh"))
            if b.style == "rt" and b.printed:
                carry = b.printed
        elif isinstance(b, Widget):
            flush()
            out.append(_wrap("@apostrophecms/video", f"{story.slug}:{len(out)}", b.html, "w-vd"))
        else:
            run.append(b)
        i += 1
    flush()
    return '<div class="apos-area" data-apos-area>\n' + "\n".join(out) + "\n</div>"


# --- chrome ----------------------------------------------------------------------------------

_MENU = [
    ("Trang chủ", "/", []),
    ("Giới thiệu", "/gioi-thieu", [("Chức năng, nhiệm vụ", "/gioi-thieu#chuc-nang"), ("Liên hệ", "/lien-he")]),
    (
        "Tin tức",
        "/tin-tuc",
        [(label, f"/tin-tuc?category={slug}") for slug, label in CATS.items() if slug != "thong-bao"],
    ),
    ("Thông báo", "/thong-bao", []),
    ("Văn bản", "/van-ban", []),
    ("Thư viện", "#", [("Thư viện ảnh", "/thu-vien-anh"), ("Video", "/video")]),
    ("Lịch công tác", "/lich-cong-tac", []),
    ("Liên hệ", "/lien-he", []),
]

_MOST_READ = [A1, A6, A3, A10, A2]


def _menu() -> str:
    items = []
    for n, (label, href, subs) in enumerate(_MENU, 1):
        sub = ""
        if subs:
            sub = '<ul class="mn-c2">' + "".join(f'<li><a href="{h}">{esc(lbl)}</a></li>' for lbl, h in subs) + "</ul>"
        caret = ' <i class="fa fa-angle-down"></i>' if subs else ""
        items.append(f'<li class="mn-i mn-{n}"><a href="{h_(href)}">{esc(label)}{caret}</a>{sub}</li>')
    return '<nav id="mnc" class="mn-wrap"><ul class="mn-c1">' + "".join(items) + "</ul></nav>"


def h_(href: str) -> str:
    return esc(href)


def _num(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _sidebar() -> str:
    most = "".join(
        f'<li><a href="{url_of(s)}">{esc(s.title)}</a> <span class="lx">({_num(s.views())} lượt xem)</span></li>'
        for s in sorted(_MOST_READ, key=Story.views, reverse=True)
    )
    notices = "".join(
        f'<li><a href="{url_of(s)}">{esc(s.title)}</a> <span class="ng">({_dmy(_posted(s))})</span></li>'
        for s in NOTICES[:2]
    )
    return f"""
<aside class="cot-phai" id="sb-01">
  <div class="kh-sb" id="sb-dn"><div class="kh-td"><span>TIN ĐỌC NHIỀU</span></div><ol class="dn-ds">{most}</ol></div>
  <div class="kh-sb" id="sb-tb"><div class="kh-td"><span>THÔNG BÁO</span></div>
    <div class="tb-chay" data-marquee="up"><ul>{notices}</ul></div>
    <a class="xt" href="/thong-bao">Xem tất cả »</a></div>
  <div class="kh-sb" id="sb-lk"><div class="kh-td"><span>LIÊN KẾT WEBSITE</span></div>
    <select class="lk-sel" onchange="if(this.value) window.open(this.value)">
      <option value="">-- Chọn website --</option>
      <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
      <option value="https://nghean.edu.vn">Sở GD&amp;ĐT Nghệ An</option>
      <option value="https://yenthanh.nghean.gov.vn">Cổng TTĐT huyện Yên Thành</option>
      <option value="https://csdl.moet.gov.vn">Cơ sở dữ liệu ngành</option>
    </select>
    <p class="bn-lk"><a href="https://dichvucong.gov.vn" target="_blank"><img src="/uploads/attachments/{_cuid('bn-dvc')}-banner-dich-vu-cong.one-third.png" alt="Dịch vụ công"></a></p>
  </div>
  <div class="kh-sb" id="sb-bc"><div class="kh-td"><span>THĂM DÒ Ý KIẾN</span></div>
    <div class="bc-w" data-poll-id="{_cuid('poll')}"><p>Bạn đánh giá thế nào về giao diện website mới của Phòng GD&amp;ĐT?</p>
      <label><input type="radio" name="bc" value="1"> Rất đẹp, dễ sử dụng</label><br>
      <label><input type="radio" name="bc" value="2"> Bình thường</label><br>
      <label><input type="radio" name="bc" value="3"> Cần cải thiện thêm</label><br>
      <button type="button" class="bc-gui">Bình chọn</button> <button type="button" class="bc-kq">Xem kết quả</button></div></div>
  <div class="kh-sb" id="sb-tk"><div class="kh-td"><span>THỐNG KÊ TRUY CẬP</span></div>
    <table class="tk-tc"><tr><td>Đang online:</td><td>37</td></tr><tr><td>Hôm nay:</td><td>1.204</td></tr>
    <tr><td>Tháng này:</td><td>8.915</td></tr><tr><td>Tổng truy cập:</td><td>2.458.913</td></tr></table></div>
</aside>"""


def _crumbs(crumbs: list[tuple[str, str | None]]) -> str:
    parts = ['<a href="/"><i class="fa fa-home"></i> Trang chủ</a>']
    for label, href in crumbs:
        parts.append(f'<a href="{esc(href)}">{esc(label)}</a>' if href else f"<span>{esc(label)}</span>")
    return '<div class="bc-dh"><div class="kv">' + ' <span class="ng-c">›</span> '.join(parts) + "</div></div>"


def layout(
    req: Request,
    title: str,
    crumbs: list[tuple[str, str | None]],
    main: str,
    *,
    canonical: str | None = None,
    desc: str | None = None,
    og_image: str | None = None,
    og_type: str = "website",
    extra_head: str = "",
    nfd: bool = False,
) -> str:
    base = base_url(req)
    page_title = f"{title} | {SITE}" if title else f"{SITE} - Yên Thành - Nghệ An"
    shown = unicodedata.normalize("NFD", page_title) if nfd else page_title
    head = [
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(shown)}</title>",
        f'<meta name="description" content="{esc(desc or "Trang thông tin điện tử Phòng Giáo dục và Đào tạo huyện Yên Thành, tỉnh Nghệ An")}">',
        f'<meta property="og:title" content="{esc(shown)}">',
        f'<meta property="og:type" content="{og_type}">',
        f'<meta property="og:site_name" content="{esc(SITE)}">',
    ]
    if canonical:
        head.append(f'<link rel="canonical" href="{base}{canonical}">')
        head.append(f'<meta property="og:url" content="{base}{canonical}">')
    if og_image:
        head.append(f'<meta property="og:image" content="{base}{og_image}">')
    head.append(f'<link rel="stylesheet" href="{_RELEASE}/public-bundle.css">')
    head.append('<link rel="icon" href="/favicon.ico">')
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
{chr(10).join(head)}
{extra_head}
</head>
<body class="pgd-yt" data-apos-level="0">
<div data-apos-refreshable>
<div class="thanh-tren"><div class="kv"><span class="ngay-ht"><i class="fa fa-calendar"></i> {HEADER_TODAY}</span>
  <span class="hl">Đường dây nóng: 0238.3863.254</span>
  <form class="tk-nhanh" action="/tim-kiem" method="get"><input type="text" name="q" placeholder="Tìm kiếm..."><button type="submit"><i class="fa fa-search"></i></button></form>
  <a class="dn" href="/login" rel="nofollow">Đăng nhập</a></div></div>
<header id="hd-pgd"><div class="kv bn">
  <a href="/" class="logo"><img src="/uploads/attachments/{_cuid('logo')}-logo-pgd-yen-thanh.png" alt="Logo Phòng GD&amp;ĐT Yên Thành"></a>
  <div class="bn-chu"><p class="cq-ct">UBND HUYỆN YÊN THÀNH</p><h1 class="ten-dv">PHÒNG GIÁO DỤC VÀ ĐÀO TẠO</h1></div>
</div>
{_menu()}
</header>
{_crumbs(crumbs) if crumbs else ""}
<div class="kv than-trang"><div class="hang">
<main class="cot-trai" id="nd-chinh">
{main}
</main>
{_sidebar()}
</div></div>
<footer id="ft-pgd"><div class="kv">
  <p class="ft-ten"><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN YÊN THÀNH</strong></p>
  <p>Địa chỉ: Khối 3, thị trấn Yên Thành, huyện Yên Thành, tỉnh Nghệ An</p>
  <p>Điện thoại: 0238.3863.254 - Fax: 0238.3863.255 - Email: <a href="mailto:pgdyenthanh@nghean.edu.vn">pgdyenthanh@nghean.edu.vn</a></p>
  <p>Chịu trách nhiệm nội dung: Trưởng phòng GD&amp;ĐT huyện Yên Thành</p>
  <p class="ft-bq">© 2026 Bản quyền thuộc Phòng GD&amp;ĐT Yên Thành. Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p>
  <p class="ft-mxh"><a href="https://www.facebook.com/pgdyenthanh" target="_blank">Facebook</a> · <a href="https://www.youtube.com/@pgdyenthanh" target="_blank">YouTube</a> · Vận hành trên nền tảng ApostropheCMS</p>
</div></footer>
</div>
<script>window.apos = {{"prefix":"","sitePrefix":"","shortName":"pgd-yenthanh","locale":"vi","csrfCookieName":"pgd-yenthanh.csrf","tabId":"{_cuid(req.target)}","uploadsUrl":"/uploads","scene":"public"}};</script>
<script src="{_RELEASE}/public-module-bundle.js"></script>
</body>
</html>"""


def _meta_line(story: Story) -> str:
    parts = []
    if "updated" in story.opts:
        up = datetime.fromisoformat(story.opts["updated"])
        parts.append(f'<span class="bv-cn"><i class="fa fa-refresh"></i> Cập nhật: {up:%d/%m/%Y %H:%M}</span>')
    moment = _posted(story)
    form = story.opts.get("date_form")
    day = f"{_THU[moment.weekday()]}, {_dmy(moment)}"
    shown = day if form == "day" else f"{day} | {moment:%H:%M}"
    parts.append(
        f'<span class="bv-ng"><i class="fa fa-clock-o"></i> <time datetime="{_utc(moment)}">{shown}</time></span>'
    )
    parts.append(f'<span class="bv-nd"><i class="fa fa-user"></i> Người đăng: {esc(story.opts.get("account", "admin"))}</span>')
    parts.append(f'<span class="bv-lx"><i class="fa fa-eye"></i> Lượt xem: {story.views()}</span>')
    return '<div class="bv-tt">' + "\n".join(parts) + "</div>"


def _related(story: Story) -> str:
    pool = NOTICES if story.cat == "thong-bao" else [s for s in NEWS if s.cat == story.cat]
    others = [s for s in pool if s is not story][:4]
    if len(others) < 3:
        others += [s for s in NEWS if s is not story and s not in others][: 4 - len(others)]
    lis = "".join(
        f'<li><a href="{url_of(s)}">{esc(s.title)}</a> <span class="ng">({_dmy(_posted(s))})</span></li>' for s in others
    )
    return f'<div class="tin-khac"><h3 class="tk-td">Các tin khác</h3><ul>{lis}</ul></div>'


_GLOBAL_NOTICE = _wrap(
    "@apostrophecms/rich-text",
    "global:footerArea",
    '<p style="text-align: center"><strong>📢 Phòng GD&amp;ĐT huyện Yên Thành tiếp nhận phản ánh, kiến nghị về '
    "công tác giáo dục qua đường dây nóng 0238.3863.254 hoặc hộp thư pgdyenthanh@nghean.edu.vn.</strong></p>\n"
    "<p>Cổng tuyển sinh đầu cấp năm học 2027 - 2028 sẽ mở từ ngày 01/6/2027. Cha mẹ học sinh theo dõi thông tin "
    "chính thức trên website của Phòng và của các nhà trường.</p>",
    "w-rt",
)


def _article_main(req: Request, story: Story, via: str) -> tuple[str, list[tuple[str, str | None]]]:
    nfd = bool(story.opts.get("nfd"))
    title = unicodedata.normalize("NFD", story.title) if nfd else story.title
    cat_label = CATS[story.cat]
    if via == "thong-bao":
        crumbs = [("Thông báo", "/thong-bao")]
    elif story.cat == "thong-bao":
        crumbs = [("Tin tức", "/tin-tuc"), (cat_label, "/thong-bao")]
    else:
        crumbs = [("Tin tức", "/tin-tuc"), (cat_label, f"/tin-tuc?category={story.cat}")]
    sapo = ""
    if story.summary and story.sapo_outside:
        sapo = f'<div class="bv-tomtat"><strong>{_t(story, story.summary)}</strong></div>'
    share_url = base_url(req) + url_of(story)
    tags = ", ".join(f'<span class="tk">{esc(t)}</span>' for t in story.opts.get("tags", []))
    main = f"""<article class="bv-ct" data-piece-id="{_cuid('piece:' + story.slug)}" data-piece-type="tin-bai">
<h2 class="bv-td">{esc(title)}</h2>
{_meta_line(story)}
<div class="bv-cc"><a href="javascript:void(0)" onclick="window.print()"><i class="fa fa-print"></i> In bài</a>
 <a href="mailto:?subject={esc(story.slug)}"><i class="fa fa-envelope"></i> Gửi email</a>
 <a href="https://www.facebook.com/sharer/sharer.php?u={esc(share_url)}" target="_blank" class="sh-fb">Chia sẻ</a>
 <a href="https://zalo.me/share?url={esc(share_url)}" target="_blank" class="sh-zl">Zalo</a>
 <span class="co-chu">Cỡ chữ: <a href="javascript:void(0)" data-fs="-1">A-</a> <a href="javascript:void(0)" data-fs="1">A+</a></span></div>
{sapo}
<div class="bv-nd">
{area(story)}
</div>
<div class="bv-tk"><b>Từ khóa:</b> {tags}</div>
<div class="bv-tbc" data-apos-area>
{_GLOBAL_NOTICE}
</div>
{_related(story)}
</article>"""
    return main, crumbs


def article_page(req: Request, story: Story, via: str) -> Response:
    main, crumbs = _article_main(req, story, via)
    if req.params.get("aposRefresh") == "1":
        return html(f"{_crumbs(crumbs)}\n{main}")
    images = story.images
    desc = (story.summary or next(b.text for b in story.blocks if isinstance(b, P)))[:155]
    head = f'<meta property="article:published_time" content="{_utc(_posted(story))}">'
    if "updated" in story.opts:
        up = datetime.fromisoformat(story.opts["updated"]).replace(tzinfo=_TZ)
        head += f'\n<meta property="article:modified_time" content="{_utc(up)}">'
    page = layout(
        req,
        story.title,
        crumbs,
        main,
        canonical=url_of(story),
        desc=desc,
        og_image=images[0].src if images else None,
        og_type="article",
        extra_head=head,
        nfd=bool(story.opts.get("nfd")),
    )
    return html(page)


# --- listings ------------------------------------------------------------------------------


def _excerpt(story: Story) -> str:
    value = story.summary or next(b.text for b in story.blocks if isinstance(b, P))
    return value if len(value) < 180 else value[:177].rsplit(" ", 1)[0] + "…"


def _card(story: Story, href: str | None = None) -> str:
    href = href or url_of(story)
    thumb = ""
    if story.images:
        src = story.images[0].src.replace(".full.jpg", ".one-third.jpg")
        thumb = f'<a class="a-anh" href="{href}"><img src="{src}" alt="{esc(story.title)}"></a>'
    else:
        thumb = f'<a class="a-anh" href="{href}"><img src="/uploads/attachments/{_cuid("noimg")}-anh-mac-dinh.one-third.png" alt=""></a>'
    return (
        f'<div class="it-tin" data-apos-piece="{_cuid("piece:" + story.slug)}">{thumb}'
        f'<h3 class="td"><a href="{href}">{esc(story.title)}</a></h3>'
        f'<div class="ng"><i class="fa fa-calendar-o"></i> {_dmy(_posted(story))}</div>'
        f'<p class="mt">{esc(_excerpt(story))}</p><a class="xt" href="{href}">Xem tiếp »</a></div>'
    )


def _pager(page: int, pages: int, extra: str = "") -> str:
    if pages <= 1:
        return ""
    links = []
    if page > 1:
        links.append(f'<a class="pt-tr" href="?{extra}page={page - 1}">‹ Trước</a>')
    for n in range(1, pages + 1):
        if n == page:
            links.append(f'<span class="pt-ht">{n}</span>')
        else:
            links.append(f'<a href="?{extra}page={n}">{n}</a>')
    if page < pages:
        links.append(f'<a class="pt-sau" href="?{extra}page={page + 1}">Sau ›</a>')
    return '<nav class="pt-trang" data-apos-pager>' + " ".join(links) + "</nav>"


def _paginate(items: list[Story], per: int, page_param: str) -> tuple[list[Story], int, int] | None:
    pages = max(1, -(-len(items) // per))
    if not page_param:
        page = 1
    elif page_param.isdigit() and 1 <= int(page_param) <= pages:
        page = int(page_param)
    else:
        return None
    return items[(page - 1) * per : page * per], page, pages


def news_index(req: Request) -> Response | None:
    params = req.params
    if set(params) - {"page", "category"}:
        return None
    cat = params.get("category")
    if cat is not None and cat not in CATS:
        return None
    if cat:
        items, per, extra = [s for s in NEWS if s.cat == cat], 3, f"category={cat}&amp;"
    else:
        items, per, extra = NEWS, 4, ""
    got = _paginate(items, per, params.get("page", ""))
    if got is None:
        return None
    chunk, page, pages = got
    heading = CATS[cat] if cat else "Tin tức"
    filt = "".join(
        f'<a class="lc{" dang-chon" if slug == cat else ""}" href="/tin-tuc?category={slug}">{esc(label)}</a>'
        for slug, label in CATS.items()
        if slug != "thong-bao"
    )
    main = (
        f'<div class="kh-ds"><h2 class="td-ds">{esc(heading)}</h2>'
        f'<div class="loc-cm"><a class="lc{"" if cat else " dang-chon"}" href="/tin-tuc">Tất cả</a>{filt}</div>'
        f'<div class="ds-tin">{"".join(_card(s) for s in chunk) or "<p>Không có bài viết nào.</p>"}</div>'
        f"{_pager(page, pages, extra)}</div>"
    )
    crumbs: list[tuple[str, str | None]] = [("Tin tức", "/tin-tuc" if cat else None)]
    if cat:
        crumbs.append((CATS[cat], None))
    title = f"{heading} - Trang {page}" if page > 1 else heading
    return html(layout(req, title, crumbs, main))


def notice_index(req: Request) -> Response | None:
    if set(req.params) - {"page"}:
        return None
    got = _paginate(NOTICES, 2, req.params.get("page", ""))
    if got is None:
        return None
    chunk, page, pages = got
    rows = "".join(
        f'<li class="tb-it"><span class="tb-ng">{_dmy(_posted(s))}</span> <a href="{url_of(s)}">{esc(s.title)}</a>'
        f'<p class="mt">{esc(_excerpt(s))}</p></li>'
        for s in chunk
    )
    main = f'<div class="kh-ds"><h2 class="td-ds">Thông báo</h2><ul class="ds-tb">{rows}</ul>{_pager(page, pages)}</div>'
    title = f"Thông báo - Trang {page}" if page > 1 else "Thông báo"
    return html(layout(req, title, [("Thông báo", None)], main))


def home(req: Request) -> Response:
    focus = [A2, A1, A6]
    slides = "".join(
        f'<div class="sl-it"><a href="{url_of(s)}"><img src="{s.images[0].src.replace(".full.", ".two-thirds.")}" '
        f'alt=""><span class="sl-td">{esc(s.title)}</span></a></div>'
        for s in focus
    )
    latest = "".join(_card(s) for s in NEWS[:4])
    notices = "".join(
        f'<li><a href="/tin-tuc/{s.slug}">{esc(s.title)}</a> <span class="ng">{_dmy(_posted(s))}</span></li>'
        for s in NOTICES[:2]
    )
    docs = "".join(f'<li><a href="/van-ban/{slug}">{esc(d["so"])} - {esc(d["trich_yeu"])}</a></li>' for slug, d in DOCS.items())
    cm = [s for s in NEWS if s.cat == "hoat-dong-chuyen-mon"][:2]
    cm_html = "".join(f'<li><a href="{url_of(s)}">{esc(s.title)}</a></li>' for s in cm)
    main = f"""<div class="apos-area" data-apos-area>
{_wrap("tieu-diem", "home:0", f'<div class="tdm"><div class="kh-td"><span>TIÊU ĐIỂM</span></div><div class="sl" data-sl-auto="6000">{slides}</div></div>', "w-tdm")}
{_wrap("tin-moi", "home:1", f'<div class="kh-td"><span>TIN MỚI</span> <a class="xt" href="/tin-tuc">Xem thêm »</a></div><div class="ds-tin">{latest}</div>', "w-tm")}
{_wrap("thong-bao-moi", "home:2", f'<div class="kh-td"><span>THÔNG BÁO - VĂN BẢN</span></div><ul class="tb-moi">{notices}</ul><ul class="vb-moi">{docs}</ul><a class="xt" href="/thong-bao">Tất cả thông báo »</a> <a class="xt" href="/van-ban">Tất cả văn bản »</a>', "w-tbm")}
{_wrap("chuyen-muc", "home:3", f'<div class="kh-td"><span>HOẠT ĐỘNG CHUYÊN MÔN</span> <a class="xt" href="/tin-tuc?category=hoat-dong-chuyen-mon">Xem thêm »</a></div><ul>{cm_html}</ul>', "w-cm")}
{_wrap("@apostrophecms/video", "home:4", '<div class="kh-td"><span>VIDEO</span> <a class="xt" href="/video">Xem thêm »</a></div><div data-apos-video-player data-apos-video-url="https://www.youtube.com/watch?v=Q3x9mLr2Tk8"></div>', "w-vd")}
</div>"""
    return html(layout(req, "", [], main))


# --- pages that are not articles ----------------------------------------------------------------

DOCS = {
    "cong-van-1875-pgddt-thcs-huong-dan-kiem-tra-cuoi-hoc-ki-i": {
        "so": "1875/PGDĐT-THCS",
        "ngay": "20/11/2026",
        "loai": "Công văn",
        "trich_yeu": "Hướng dẫn kiểm tra, đánh giá cuối học kì I năm học 2026 - 2027",
        "ky": "Phan Văn Lợi",
        "file": "cv-1875-huong-dan-kiem-tra-hki",
    },
    "quyet-dinh-356-qd-pgddt-cong-nhan-giao-vien-day-gioi-thcs": {
        "so": "356/QĐ-PGDĐT",
        "ngay": "10/11/2026",
        "loai": "Quyết định",
        "trich_yeu": "Quyết định công nhận giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026 - 2027",
        "ky": "Nguyễn Đình Thắng",
        "file": "qd-356-cong-nhan-gvdg-thcs",
    },
}
ALBUM = "hoi-khoe-phu-dong-huyen-yen-thanh-nam-2026"
CLIP = "phong-su-hoi-thi-giao-vien-day-gioi-thcs-2026"


def intro(req: Request) -> Response:
    main = f"""<div class="trang-nd"><h2 class="td-trang">Giới thiệu chung</h2>
<p class="cn-trang"><em>Cập nhật: 12/09/2026</em></p>
<div class="apos-area" data-apos-area>
{_wrap("@apostrophecms/rich-text", "gt:0", '''<h3 id="chuc-nang">Vị trí, chức năng</h3>
<p>Phòng Giáo dục và Đào tạo huyện Yên Thành là cơ quan chuyên môn thuộc UBND huyện, tham mưu, giúp UBND huyện thực hiện chức năng quản lý nhà nước về giáo dục và đào tạo trên địa bàn huyện.</p>
<p>Phòng có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của UBND huyện, đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Sở Giáo dục và Đào tạo Nghệ An.</p>
<h3>Quy mô trường lớp</h3>
<p>Năm học 2026 - 2027, toàn huyện có 72 trường công lập (25 trường mầm non, 26 trường tiểu học, 21 trường THCS) với hơn 52.000 học sinh và 3.100 cán bộ, giáo viên, nhân viên.</p>''', "w-rt")}
{_wrap("@apostrophecms/image", "gt:1", f'<figure class="anh-w">{_img_tag(att("tru-so-pgd-yen-thanh"), "Trụ sở Phòng GD&ĐT")}<figcaption>Trụ sở Phòng GD&amp;ĐT huyện Yên Thành</figcaption></figure>', "w-anh")}
{_wrap("@apostrophecms/rich-text", "gt:2", '''<h3>Lãnh đạo phòng</h3>
<table><tbody><tr><th><p>Họ và tên</p></th><th><p>Chức vụ</p></th><th><p>Điện thoại</p></th></tr>
<tr><td><p>Nguyễn Đình Thắng</p></td><td><p>Trưởng phòng</p></td><td><p>0912.345.xxx</p></td></tr>
<tr><td><p>Phan Văn Lợi</p></td><td><p>Phó Trưởng phòng</p></td><td><p>0986.112.xxx</p></td></tr>
<tr><td><p>Hồ Thị Thanh Xuân</p></td><td><p>Phó Trưởng phòng</p></td><td><p>0915.678.xxx</p></td></tr></tbody></table>''', "w-rt")}
</div></div>"""
    return html(layout(req, "Giới thiệu chung", [("Giới thiệu", None)], main, canonical="/gioi-thieu"))


def contact(req: Request) -> Response:
    main = f"""<div class="trang-nd"><h2 class="td-trang">Liên hệ</h2>
<div class="apos-area" data-apos-area>
{_wrap("@apostrophecms/rich-text", "lh:0", '''<p><strong>PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN YÊN THÀNH</strong></p>
<p>Địa chỉ: Khối 3, thị trấn Yên Thành, huyện Yên Thành, tỉnh Nghệ An</p>
<p>Điện thoại: 0238.3863.254 - Fax: 0238.3863.255</p>
<p>Email: pgdyenthanh@nghean.edu.vn</p>
<p>Thời gian làm việc: sáng từ 7 giờ đến 11 giờ 30, chiều từ 13 giờ 30 đến 17 giờ (thứ Hai đến thứ Sáu).</p>''', "w-rt")}
{_wrap("@apostrophecms/html", "lh:1", '<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3776!2d105.46!3d18.99" width="100%" height="320" style="border:0" loading="lazy"></iframe>', "w-html")}
{_wrap("@apostrophecms/form", "lh:2", '''<form class="frm-lh" data-apos-form-form method="post" action="/api/v1/@apostrophecms/form/submit">
<p><label>Họ và tên (*)<br><input type="text" name="hoTen" required></label></p>
<p><label>Email (*)<br><input type="email" name="email" required></label></p>
<p><label>Nội dung (*)<br><textarea name="noiDung" rows="5" required></textarea></label></p>
<p><button type="submit">Gửi liên hệ</button></p></form>''', "w-form")}
</div></div>"""
    return html(layout(req, "Liên hệ", [("Liên hệ", None)], main, canonical="/lien-he"))


def doc_index(req: Request) -> Response:
    rows = "".join(
        f'<tr><td>{n}</td><td><a href="/van-ban/{slug}">{esc(d["so"])}</a></td><td>{d["ngay"]}</td>'
        f'<td>{esc(d["trich_yeu"])}</td><td><a href="{pdf_att(d["file"])}"><i class="fa fa-download"></i></a></td></tr>'
        for n, (slug, d) in enumerate(DOCS.items(), 1)
    )
    main = (
        '<div class="kh-ds"><h2 class="td-ds">Văn bản</h2><table class="bg-vb"><thead><tr><th>TT</th>'
        "<th>Số/Ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tải về</th></tr></thead>"
        f"<tbody>{rows}</tbody></table></div>"
    )
    return html(layout(req, "Văn bản", [("Văn bản", None)], main))


def doc_page(req: Request, slug: str) -> Response:
    d = DOCS[slug]
    main = f"""<div class="vb-ct"><h2 class="bv-td">{esc(d["loai"])} số {esc(d["so"])}</h2>
<table class="tt-vb"><tbody>
<tr><th>Số/Ký hiệu</th><td>{esc(d["so"])}</td></tr>
<tr><th>Loại văn bản</th><td>{esc(d["loai"])}</td></tr>
<tr><th>Ngày ban hành</th><td>{d["ngay"]}</td></tr>
<tr><th>Cơ quan ban hành</th><td>Phòng GD&amp;ĐT huyện Yên Thành</td></tr>
<tr><th>Người ký</th><td>{esc(d["ky"])}</td></tr>
<tr><th>Trích yếu</th><td>{esc(d["trich_yeu"])}</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="{pdf_att(d["file"])}">{d["file"]}.pdf</a></td></tr>
</tbody></table>
<p class="vb-xem"><iframe src="{pdf_att(d["file"])}" width="100%" height="600"></iframe></p></div>"""
    return html(layout(req, f'{d["loai"]} {d["so"]}', [("Văn bản", "/van-ban"), (d["so"], None)], main, canonical=f"/van-ban/{slug}"))


_ALBUM_PICS = [
    ("hkpd-huyen-1", "Lễ khai mạc Hội khỏe Phù Đổng huyện Yên Thành năm 2026"),
    ("hkpd-huyen-2", "Thi đấu môn cờ vua"),
    ("hkpd-huyen-3", "Nội dung chạy 60m nam tiểu học"),
    ("hkpd-huyen-4", "Môn đá cầu đồng đội nữ THCS"),
    ("hkpd-huyen-5", "Trao giải toàn đoàn"),
]


def gallery_index(req: Request) -> Response:
    main = (
        '<div class="kh-ds"><h2 class="td-ds">Thư viện ảnh</h2><div class="ds-album">'
        f'<div class="al-it"><a href="/thu-vien-anh/{ALBUM}"><img src="{att(_ALBUM_PICS[0][0], "one-third")}" alt="">'
        "<span>Hội khỏe Phù Đổng huyện Yên Thành năm 2026 (5 ảnh)</span></a></div></div></div>"
    )
    return html(layout(req, "Thư viện ảnh", [("Thư viện ảnh", None)], main))


def album(req: Request) -> Response:
    pics = "".join(
        f'<div class="al-anh"><a href="{att(name, "max")}" data-lightbox="al"><img src="{att(name, "one-third")}" alt="{esc(cap)}"></a>'
        f"<p>{esc(cap)}</p></div>"
        for name, cap in _ALBUM_PICS
    )
    main = (
        '<div class="al-ct"><h2 class="bv-td">Hội khỏe Phù Đổng huyện Yên Thành năm 2026</h2>'
        '<div class="bv-tt"><span class="bv-ng">Thứ Bảy, 26/09/2026</span> <span class="bv-lx">Lượt xem: 642</span></div>'
        "<p>Một số hình ảnh tại Hội khỏe Phù Đổng huyện Yên Thành năm 2026 với sự tham gia của hơn 1.200 vận động "
        "viên là học sinh tiểu học và THCS.</p>"
        f'<div class="al-luoi">{pics}</div></div>'
    )
    return html(
        layout(req, "Hội khỏe Phù Đổng huyện Yên Thành năm 2026", [("Thư viện ảnh", "/thu-vien-anh")], main, canonical=f"/thu-vien-anh/{ALBUM}")
    )


def video_index(req: Request) -> Response:
    main = (
        '<div class="kh-ds"><h2 class="td-ds">Video</h2><div class="ds-video">'
        f'<div class="vd-it"><a href="/video/{CLIP}"><img src="{att("thumb-phong-su-gvdg", "one-third")}" alt="">'
        "<span>Phóng sự: Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026 - 2027</span></a></div></div></div>"
    )
    return html(layout(req, "Video", [("Video", None)], main))


def clip(req: Request) -> Response:
    main = f"""<div class="vd-ct"><h2 class="bv-td">Phóng sự: Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026 - 2027</h2>
<div class="bv-tt"><span class="bv-ng">Thứ Sáu, 06/11/2026</span></div>
{_wrap("@apostrophecms/video", "clip:0", '<div data-apos-video-player data-apos-video-url="https://www.youtube.com/watch?v=Q3x9mLr2Tk8"><noscript>Trình duyệt của bạn không hỗ trợ JavaScript.</noscript></div>', "w-vd")}
<p>Phóng sự của Đài Truyền thanh - Truyền hình huyện Yên Thành về Hội thi giáo viên dạy giỏi cấp huyện bậc THCS năm học 2026 - 2027.</p>
<p>Xem bài viết: <a href="/tin-tuc/hoi-thi-giao-vien-day-gioi-cap-huyen-thcs-2026">Hội thi giáo viên dạy giỏi cấp huyện bậc THCS</a></p></div>"""
    return html(layout(req, "Phóng sự: Hội thi giáo viên dạy giỏi cấp huyện bậc THCS", [("Video", "/video")], main, canonical=f"/video/{CLIP}"))


_WEEK = [
    ("Thứ Hai, 30/11", "7h30: Giao ban lãnh đạo phòng.", "14h00: Kiểm tra công tác bán trú tại MN Hoa Sen."),
    ("Thứ Ba, 01/12", "8h00: Dự hội nghị triển khai nhiệm vụ chuyển đổi số tại UBND huyện.", "14h00: Làm việc tại phòng."),
    ("Thứ Tư, 02/12", "7h30: Kiểm tra chuyên đề tại TH Hợp Thành, THCS Hợp Thành.", "13h30: Họp Hội đồng thi đua ngành."),
    ("Thứ Năm, 03/12", "8h00: Dự chuyên đề Toán THCS tại THCS Phan Đăng Lưu.", "14h00: Làm việc tại phòng."),
    ("Thứ Sáu, 04/12", "7h30: Kiểm tra nề nếp dạy học các trường cụm 2.", "15h00: Giao ban chuyên môn các bậc học."),
    ("Thứ Bảy, 05/12", "Trực cơ quan: đồng chí Hồ Thị Thanh Xuân.", ""),
]


def calendar(req: Request) -> Response:
    rows = "".join(f"<tr><td><b>{d}</b></td><td>{m}</td><td>{a}</td></tr>" for d, m, a in _WEEK)
    main = f"""<div class="lct"><h2 class="td-trang">Lịch công tác tuần 49 (từ 30/11/2026 đến 06/12/2026)</h2>
<p><select class="ch-tuan" onchange="location.href='/lich-cong-tac#tuan-'+this.value"><option value="49">Tuần 49</option></select></p>
<table class="bg-lct"><thead><tr><th>Ngày</th><th>Buổi sáng</th><th>Buổi chiều</th></tr></thead><tbody>{rows}</tbody></table>
<p><em>Lịch có thể thay đổi, cán bộ chuyên viên theo dõi thông báo của Văn phòng.</em></p></div>"""
    return html(layout(req, "Lịch công tác tuần", [("Lịch công tác", None)], main, canonical="/lich-cong-tac"))


def login(req: Request) -> Response:
    body = (
        '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập | Phòng GD&amp;ĐT Yên Thành</title>'
        f'<link rel="stylesheet" href="{_RELEASE}/apos-bundle.css"></head><body data-apos-level="0">'
        '<div id="apos-login"><form data-apos-login><p><input name="username" placeholder="Tên đăng nhập"></p>'
        '<p><input name="password" type="password" placeholder="Mật khẩu"></p><button type="button">Đăng nhập</button>'
        '</form></div><script src="' + _RELEASE + '/apos-module-bundle.js"></script></body></html>'
    )
    return html(body)


def search(req: Request) -> Response | None:
    if set(req.params) - {"q", "page"}:
        return None
    q = unicodedata.normalize("NFC", req.params.get("q", "")).strip().lower()
    if not q:
        found: list[Story] = []
        note = "<p>Vui lòng nhập từ khóa cần tìm.</p>"
    else:
        found = [s for s in _newest(STORIES) if q in s.title.lower() or any(q in p.lower() for p in s.paragraphs)][:10]
        note = f"<p>Tìm thấy {len(found)} kết quả cho từ khóa “{esc(q)}”.</p>"
    items = "".join(_card(s) for s in found)
    main = f'<div class="kh-ds"><h2 class="td-ds">Tìm kiếm</h2>{note}<div class="ds-tin">{items}</div></div>'
    return html(layout(req, "Tìm kiếm", [("Tìm kiếm", None)], main), headers={"X-Robots-Tag": "noindex"})


# --- the site -------------------------------------------------------------------------------------

_ROBOTS = "User-agent: *\nDisallow: /api/\nDisallow: /login\nDisallow: /tim-kiem\n"
_PAGES = {
    "/gioi-thieu": intro,
    "/lien-he": contact,
    "/van-ban": doc_index,
    "/thu-vien-anh": gallery_index,
    "/video": video_index,
    "/lich-cong-tac": calendar,
    "/login": login,
}


class ApostropheSite:
    def respond(self, req: Request) -> Response | None:
        path = req.path
        if req.method == "POST":
            if path == "/api/v1/@apostrophecms/form/submit":
                return Response(200, b'{"status":"ok"}', {"Content-Type": "application/json"})
            return None
        if req.method not in ("GET", "HEAD"):
            return None
        if path.startswith(("/uploads/", "/apos-frontend/")) or path == "/favicon.ico":
            if path.endswith(".pdf"):
                return Response(200, PDF, {"Content-Type": "application/pdf"})
            return static_file(path)
        if path == "/robots.txt":
            return Response(200, _ROBOTS.encode(), {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/":
            return home(req) if not req.query else None
        if path == "/tin-tuc":
            return news_index(req)
        if path == "/thong-bao":
            return notice_index(req)
        if path == "/tim-kiem":
            return search(req)
        if path in _PAGES:
            return _PAGES[path](req) if not req.query else None
        head, _, slug = path.strip("/").partition("/")
        if not slug or "/" in slug:
            return None
        if head == "tin-tuc":
            if slug in OLD_SLUGS:
                return redirect(f"/tin-tuc/{OLD_SLUGS[slug]}", 301)
            story = BY_SLUG.get(slug)
            # a show page ignores the query string (aposMode, aposLocale …); aposRefresh=1 answers the fragment
            return article_page(req, story, "tin-tuc") if story else None
        if head == "thong-bao":
            story = BY_SLUG.get(slug)
            return article_page(req, story, "thong-bao") if story and story.cat == "thong-bao" else None
        if head == "van-ban" and slug in DOCS and not req.query:
            return doc_page(req, slug)
        if head == "thu-vien-anh" and slug == ALBUM and not req.query:
            return album(req)
        if head == "video" and slug == CLIP and not req.query:
            return clip(req)
        return None


def build_site() -> ApostropheSite:
    return ApostropheSite()


# --- gold ------------------------------------------------------------------------------------------

_ALT = {
    A1.slug: [f"/tin-tuc/{A1.slug}?aposMode=draft&aposLocale=vi"],
    A6.slug: [f"/tin-tuc/{A6.slug}?aposRefresh=1"],
}


def _gold(story: Story) -> dict:
    path = url_of(story)
    alts = list(_ALT.get(story.slug, []))
    if story.cat == "thong-bao":
        alts.insert(0, f"/tin-tuc/{story.slug}")
    return gold_record(story, path, CATS[story.cat], canonical_path=path, alt_paths=alts)


GOLD = [_gold(s) for s in STORIES]

NON_ARTICLES = [
    "/gioi-thieu",
    "/lien-he",
    *[f"/van-ban/{slug}" for slug in DOCS],
    f"/thu-vien-anh/{ALBUM}",
    f"/video/{CLIP}",
    "/lich-cong-tac",
]
