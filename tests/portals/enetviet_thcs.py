"""eNetViet school page: the public news site a lower-secondary school gets with its account on a
parent-communication app (vendor Laravel 8 + Vue 2 site, Bootstrap 4 theme, Quill 2 editor for
new posts, TinyMCE 4 for posts written before the editor change).

Institution: Trường THCS Lê Lợi, phường Thành Vinh, tỉnh Nghệ An; school account id 1027345.

URL scheme (everything under ``/truong/1027345``)::

    /truong/1027345/                         home (start URL; "/truong/1027345" also serves it)
    /truong/1027345/tin-tuc?page=N           all news, 6 a page (Laravel paginator, ?page=1 too)
    /truong/1027345/danh-muc/<slug>?page=N   one category, 3 a page
    /truong/1027345/tin-tuc/<slug>-<id>      an article; Laravel resolves it by the trailing id,
                                             so any slug, the bare id and any query serve it
    /truong/1027345/thong-bao                announcements board (notices + document entries)
    /truong/1027345/van-ban, /van-ban/<id>   documents (not articles)
    /truong/1027345/thu-vien-anh[/<id>-<slug>], /video/<id>-<slug>   album, clip (not articles)
    /truong/1027345/gioi-thieu, /lien-he     intro, contact (POST -> 419 "Page Expired")
    /truong/1027345/tim-kiem?tu_khoa=        search (GET form in the menu bar)
    /api/v1/truong/1027345/bai-viet?page=N&limit=6   JSON the "Xem thêm" button loads (Vue)

Page templates: top bar with the header clock ("Thứ Bảy, 05/12/2026"), school header with the
parent body's name, Bootstrap navbar with drop-downs (parents are ``javascript:;``), search form;
home = featured slider, 6 news cards + "Xem thêm" (a Vue ``@click.prevent`` whose href falls
back to ``/tin-tuc?page=2``), a v-cloak card template, the sidebar (notice board widget, most
read, video, album, links ``<select>``, visitor counter, poll), the "app download" band and the
footer. Listing cards print a truncated title, an excerpt and a relative date ("2 tuần trước").
Article = breadcrumb (Trang chủ › Tin tức › category), ``h1.tt-bv``, meta bar (clock, "Người
đăng: <account>", views), optional ``div.mo-ta`` sapo, ``div.nd-bv`` (editor output), the app
CTA block, tags, share/print tools, "Tin liên quan"/"Các tin khác", sidebar.

How each gold article is reached (11 news posts sorted by publication date, 2 notices):
  home cards (page 1 of /tin-tuc): A4 A2 C1 B1 A1 B2; /tin-tuc?page=2: C2 B3 B4 A3 B5;
  /danh-muc/tin-tuc-su-kien: A4 A2 A1 | page 2: A3 (linked there by its old slug);
  /danh-muc/hoat-dong-chuyen-mon: B1 B2 B3 | page 2: B4 B5;  /danh-muc/cong-tac-doi: C1 C2;
  /thong-bao board: D2 D1 (+ two document entries).  A3, B4, B5 are linked only from page 2 of
  a listing. "Tin liên quan" (categories 1 and 2) links the two newest posts of the category
  with ``?src=lq``; the notice-board widget in the sidebar links D1 by its bare id.

Traps
 1. Load-more: the home's "Xem thêm" is a Vue button fed by a JSON API; its href fallback
    (/tin-tuc?page=2) and the Laravel paginators of the categories are the only HTML routes to
    the five oldest posts. Gold: all 13 articles, whatever page they are listed on.
 2. One article, many URLs: Laravel routes by trailing id, so the category page 2 (a cached
    card) links A3 by its slug from before the title was edited, the sidebar's notice board
    links D1 as ``/tin-tuc/323906``, "Tin liên quan" adds ``?src=lq``. All 200, same article,
    ``<link rel=canonical>`` to the clean slug. Gold: the clean path; the others in alt_paths.
 3. A Vue template card printed before hydration (``v-cloak``) with a literal
    ``href="/truong/1027345/tin-tuc/{{ item.slug }}-{{ item.id }}"``: a 404, not an article.
 4. Dates: cards print only relative ages ("3 ngày trước", "2 tháng trước"); the meta tag
    ``article:published_time`` and the inline ``window.__BAI_VIET__`` carry ``created_at`` in
    UTC ("…Z"), which for drafts (A4, B1) is days before publication; B4 prints "Cập nhật:" before
    "Ngày đăng:"; A3 prints "00:00 - 09/10/2026" (backdated) -> the day alone, while its meta tag
    says "2026-10-08T17:00:00.000000Z" (the previous day in UTC); the header clock is today. Gold: the printed publication time with +07:00.
 5. Bylines: the meta bar's "Người đăng: hatt.leloi" is a CMS account (nobody); the real byline is
    the right-aligned last line of the text, with honorific ("Thầy …"), degree ("ThS. …"), post
    after a dash or in parentheses, "Tin, ảnh: X", "Tin: X - Ảnh: Y", a unit ("Tổ Toán - Tin",
    "Công đoàn trường", "Bộ phận Giáo vụ") or "BBT" (nobody). Gold: names only, units as printed.
 6. Captions: Quill posts print the caption as the next centered italic paragraph (not body);
    TinyMCE posts use figure/figcaption; C2 wraps captions in parentheses (taken off); C1's lines
    are only "Ảnh: Nguyễn Văn Bình" (caption None, photographer). A1's centered italic poem lines
    follow text, not a photo: they are body (two paragraphs split by ``<br>``).
 7. Chrome inside the article box: the app-download CTA, a "Bài viết có hữu ích không?"
    widget, tags and tools sit in the same ``article`` after ``div.nd-bv``; inside the text A4
    has a "Xem thêm: <link>" line and a "Nguồn:" line, D1 a file-attachment line. None is body.
 8. Encodings and paths: TinyMCE posts (B3, B5) print Vietnamese as named and numeric entities;
    A4 was pasted from a newspaper in decomposed Unicode (NFD, title too); B3's image src is
    relative ("../../../storage/…"). Gold: NFC text, image paths resolved against the page.
 9. D1 is a notice printed as an official document (letterhead table, "Số:", "THÔNG BÁO / Về
    việc …", "Nơi nhận", signer). Gold: date of the letterhead 2026-11-30 (posted 01/12), author
    the signer, body only the document's text (its typed "- " items kept).
10. Word and Quill list markup: B3's list was pasted from Word (``mso-list:Ignore`` bullets "·");
    Quill 2 prints bullet lists as ``<ol><li data-list="bullet"><span class="ql-ui">``. Gold:
    list items are paragraphs, without the markers.
11. Sapo: bold lead paragraph (A1, A4) or ``div.mo-ta`` outside the text (B2); every article has
    a meta description made from its first paragraph, which is not a sapo (summary null then).

Gold decisions on ambiguous points
 - Honorifics "Thầy"/"Cô" and degrees ("ThS.") are titles: dropped from author names.
 - C1's photos are credited "Ảnh: Nguyễn Văn Bình": photographers [that name], captions None; its
   "BBT" signature is nobody.
 - B2's footnote calls "[1]" "[2]" (in ``<sup>``) stay in their sentences; "Chú thích:" and its
   two notes are body paragraphs.
 - Table rows (A2 results, D2 timetable, header rows included) are paragraphs, cells " | ".
 - D1's title is the page's h1, not the document's "THÔNG BÁO" line.
 - A4 is a reprint: byline "Phan Thảo" is the author, "Nguồn: Báo Nghệ An" the source.
 - Category is the breadcrumb's last item ("Thông báo" for the two notices).
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC, date, datetime, timedelta, timezone
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
    text,
)

NAME = "enetviet_thcs"
PLATFORM = "eNetViet school page (vendor Laravel 8 + Vue 2 public site of a school account)"
SID = 1027345
ROOT = f"/truong/{SID}"
START_PATH = ROOT + "/"
API = f"/api/v1/truong/{SID}/bai-viet"
UP = f"/storage/uploads/truong/{SID}"
HEADER_TODAY = "Thứ Bảy, 05/12/2026"
TODAY = date(2026, 12, 5)
ICT = timezone(timedelta(hours=7))
SCHOOL = "Trường THCS Lê Lợi"

CATS = {
    "tin-tuc-su-kien": "Tin tức - Sự kiện",
    "hoat-dong-chuyen-mon": "Hoạt động chuyên môn",
    "cong-tac-doi": "Công tác Đội - Phong trào",
    "thong-bao": "Thông báo",
}
NEWS_CATS = ("tin-tuc-su-kien", "hoat-dong-chuyen-mon", "cong-tac-doi")
PER_LIST = 6
PER_CAT = 3


def _at(s: str) -> datetime:
    return datetime.strptime(s, "%Y-%m-%d %H:%M").replace(tzinfo=ICT)


def _img(name: str, month: str = "11") -> str:
    return f"{UP}/2026/{month}/{name}"


def _right(inner: str, cls: str = "ql-align-right") -> Raw:
    return Raw(f'<p class="{cls}">{inner}</p>')


# --- the stories ------------------------------------------------------------------------------

A1 = Story(
    318842,
    "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
    "Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam 20/11/1982 - 20/11/2026",
    "tin-tuc-su-kien",
    "2026-11-20T10:45:00+07:00",
    [
        P(
            "Sáng ngày 20/11/2026, Trường THCS Lê Lợi long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
            "giáo Việt Nam với sự tham dự của đại diện lãnh đạo Đảng ủy, UBND phường Thành Vinh, Ban "
            "đại diện cha mẹ học sinh cùng toàn thể cán bộ, giáo viên, nhân viên và hơn 1.200 học "
            "sinh của nhà trường.",
            "lead",
        ),
        Img(_img("le-20-11-01.jpg"), "Quang cảnh buổi lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
            "Quang cảnh buổi lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam", "quill"),
        P(
            "Mở đầu chương trình là các tiết mục văn nghệ đặc sắc do các chi đội biểu diễn, với "
            "những ca khúc, điệu múa ca ngợi tình thầy trò và mái trường thân yêu."
        ),
        P(
            "Phát biểu tại buổi lễ, thầy Nguyễn Đình Phúc, Hiệu trưởng nhà trường, đã ôn lại truyền "
            "thống vẻ vang của ngành Giáo dục Việt Nam và điểm lại những kết quả nổi bật của nhà "
            "trường trong năm học 2025 - 2026: 98,6% học sinh được đánh giá kết quả học tập từ mức "
            "Đạt trở lên; 42 học sinh đạt giải học sinh giỏi cấp tỉnh; tỷ lệ học sinh lớp 9 trúng "
            "tuyển vào lớp 10 công lập đạt 91,3%."
        ),
        Img(_img("le-20-11-02.jpg"), "Thầy Nguyễn Đình Phúc, Hiệu trưởng nhà trường phát biểu tại buổi lễ",
            "Thầy Nguyễn Đình Phúc, Hiệu trưởng nhà trường phát biểu tại buổi lễ", "quill"),
        P(
            "Thay mặt chính quyền địa phương, bà Trần Thị Hoài, Phó Chủ tịch UBND phường Thành Vinh "
            "ghi nhận, biểu dương những đóng góp của tập thể sư phạm nhà trường và mong muốn thầy cô "
            "tiếp tục đổi mới phương pháp dạy học, thực hiện hiệu quả Chương trình giáo dục phổ "
            "thông 2018."
        ),
        P("Em Võ Ngọc Ánh, lớp 9A thay mặt học sinh đọc những vần thơ tri ân:"),
        P("“Thầy cô như những chuyến đò lặng lẽ", "br"),
        P("Đưa chúng em qua sóng gió tuổi thơ…”", "poem"),
        P(
            "Tại buổi lễ, nhà trường đã trao Giấy khen cho 12 tập thể và 36 cá nhân có thành tích "
            "xuất sắc trong phong trào thi đua “Dạy tốt – Học tốt” đợt 1 năm học 2026 - 2027."
        ),
        Img(_img("le-20-11-03.jpg"), "Học sinh tặng hoa chúc mừng các thầy cô giáo",
            "Học sinh tặng hoa chúc mừng các thầy cô giáo", "quill"),
        P(
            "Buổi lễ khép lại trong không khí ấm áp, xúc động, để lại nhiều ấn tượng đẹp trong lòng "
            "thầy và trò Trường THCS Lê Lợi."
        ),
        _right("<strong>Tin, ảnh: Trần Thị Thu Hà</strong>"),
    ],
    authors=["Trần Thị Thu Hà"],
    photographers=["Trần Thị Thu Hà"],
    summary=(
        "Sáng ngày 20/11/2026, Trường THCS Lê Lợi long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà "
        "giáo Việt Nam với sự tham dự của đại diện lãnh đạo Đảng ủy, UBND phường Thành Vinh, Ban "
        "đại diện cha mẹ học sinh cùng toàn thể cán bộ, giáo viên, nhân viên và hơn 1.200 học "
        "sinh của nhà trường."
    ),
    opts={"at": "2026-11-20 10:45", "poster": "hatt.leloi", "editor": "quill",
          "tags": ["20/11", "tri ân thầy cô"]},
)

A2 = Story(
    324005,
    "chuc-mung-doi-bong-da-nam-gianh-huy-chuong-vang-hoi-khoe-phu-dong-phuong-thanh-vinh-nam-2026",
    "🎉 Chúc mừng đội bóng đá nam giành Huy chương Vàng Hội khỏe Phù Đổng phường Thành Vinh năm 2026",
    "tin-tuc-su-kien",
    "2026-12-02T16:20:00+07:00",
    [
        P(
            "Khép lại 5 ngày thi đấu sôi nổi, đoàn vận động viên Trường THCS Lê Lợi đã xuất sắc giành "
            "4 Huy chương Vàng, 3 Huy chương Bạc và 5 Huy chương Đồng tại Hội khỏe Phù Đổng phường "
            "Thành Vinh năm 2026, xếp thứ Nhất toàn đoàn khối THCS. ⚽🏆"
        ),
        P(
            "Đặc biệt, ở nội dung bóng đá nam, các cầu thủ nhà trường đã thi đấu kiên cường, giành "
            "chiến thắng 2 - 1 trước Trường THCS Hưng Dũng trong trận chung kết diễn ra chiều "
            "01/12/2026 tại Sân vận động phường."
        ),
        Img(_img("hkpd-bong-da.jpg", "12"), "Đội tuyển bóng đá nam nhận Huy chương Vàng",
            "Đội tuyển bóng đá nam nhận Huy chương Vàng", "quill"),
        P("Kết quả một số nội dung tiêu biểu:"),
        P("TT | Nội dung | Huy chương | Vận động viên", "th"),
        P("1 | Bóng đá nam | Vàng | Đội tuyển nhà trường", "tr"),
        P("2 | Chạy 100m nữ | Vàng | Hồ Ngọc Bảo Trâm (9A)", "tr"),
        P("3 | Cờ vua nam | Vàng | Phạm Gia Huy (8C)", "tr"),
        P("4 | Bơi ếch 50m nam | Vàng | Nguyễn Đức Mạnh (9D)", "tr"),
        P("5 | Đá cầu nữ | Bạc | Lê Thị Khánh Linh (7B)", "tr"),
        P(
            "Ban giám hiệu nhà trường chúc mừng các em vận động viên cùng các thầy cô giáo huấn "
            "luyện, chúc đoàn tiếp tục đạt thành tích cao tại Hội khỏe Phù Đổng cấp tỉnh dự kiến tổ "
            "chức vào tháng 3/2027."
        ),
        _right("<em>Thầy Lê Văn Quang – GV Thể dục</em>"),
    ],
    authors=["Lê Văn Quang"],
    opts={"at": "2026-12-02 16:20", "poster": "quanglv.leloi", "editor": "quill",
          "tags": ["Hội khỏe Phù Đổng", "thể thao"]},
)

A3 = Story(
    309215,
    "hoi-nghi-can-bo-vien-chuc-nguoi-lao-dong-nam-hoc-2026-2027",
    "Hội nghị cán bộ, viên chức, người lao động năm học 2026 - 2027",
    "tin-tuc-su-kien",
    "2026-10-09",
    [
        P(
            "Chiều ngày 08/10/2026, Trường THCS Lê Lợi tổ chức Hội nghị cán bộ, viên chức, người lao "
            "động năm học 2026 - 2027. Về dự hội nghị có đồng chí Võ Văn Hùng, Chủ tịch Công đoàn "
            "cơ sở giáo dục phường cùng 68 cán bộ, giáo viên, nhân viên nhà trường."
        ),
        P(
            "Hội nghị đã nghe báo cáo tổng kết việc thực hiện nhiệm vụ năm học 2025 - 2026, phương "
            "hướng nhiệm vụ năm học 2026 - 2027; báo cáo công khai tài chính; báo cáo hoạt động của "
            "Ban Thanh tra nhân dân và dự thảo sửa đổi Quy chế chi tiêu nội bộ."
        ),
        Img(_img("hnvc-2026.jpg", "10"), "Đồng chí Nguyễn Đình Phúc, Hiệu trưởng trình bày báo cáo tại Hội nghị",
            "Đồng chí Nguyễn Đình Phúc, Hiệu trưởng trình bày báo cáo tại Hội nghị", "quill"),
        P(
            "Trong không khí dân chủ, cởi mở, nhiều ý kiến đóng góp tâm huyết đã được các đại biểu "
            "nêu ra, tập trung vào công tác bồi dưỡng học sinh giỏi, phụ đạo học sinh chưa đạt và "
            "cải thiện điều kiện cơ sở vật chất phục vụ dạy học."
        ),
        P(
            "Kết thúc hội nghị, 100% đại biểu đã biểu quyết thông qua Nghị quyết Hội nghị và ký kết "
            "giao ước thi đua giữa Hiệu trưởng với Chủ tịch Công đoàn."
        ),
        Raw('<p style="text-align:right"><b>Công đoàn trường</b></p>'),
    ],
    authors=["Công đoàn trường"],
    opts={"at": "2026-10-09 00:00", "poster": "congdoan.leloi", "editor": "quill",
          "old_slug": "hoi-nghi-vien-chuc-nam-hoc-2026-2027", "tags": ["công đoàn"]},
)

A4 = Story(
    323560,
    "ngay-hoi-doc-sach-sach-canh-cua-tri-thuc-tai-truong-thcs-le-loi",
    "Ngày hội đọc sách “Sách – Cánh cửa tri thức” tại Trường THCS Lê Lợi",
    "tin-tuc-su-kien",
    "2026-12-04T09:05:00+07:00",
    [
        P(
            "Nhằm lan tỏa văn hóa đọc trong học đường, sáng 03/12, Trường THCS Lê Lợi (phường Thành "
            "Vinh) tổ chức Ngày hội đọc sách với chủ đề “Sách – Cánh cửa tri thức”, thu hút hơn 800 "
            "học sinh tham gia.",
            "lead",
        ),
        P(
            "Ngày hội gồm nhiều hoạt động phong phú như: trưng bày, giới thiệu sách theo chủ đề; thi "
            "vẽ tranh bìa sách; thi kể chuyện theo sách và đổi sách cũ lấy sách mới. Mỗi lớp được bố "
            "trí một gian trưng bày, trang trí bằng các sản phẩm thủ công do chính học sinh làm."
        ),
        Img(_img("ngay-hoi-doc-sach.jpg", "12"), "(Học sinh tham quan các gian trưng bày sách tại ngày hội)",
            "Học sinh tham quan các gian trưng bày sách tại ngày hội", "quill"),
        P(
            "Theo cô Phan Thị Thanh Tâm, cán bộ thư viện nhà trường, năm học này thư viện đã bổ sung "
            "hơn 1.500 bản sách mới, trong đó có nhiều sách tham khảo phục vụ Chương trình giáo dục "
            "phổ thông 2018."
        ),
        P(
            "Em Nguyễn Hà My, học sinh lớp 8B chia sẻ: “Em rất thích phần thi kể chuyện theo sách. "
            "Qua ngày hội, em biết thêm nhiều cuốn sách hay và sẽ đăng ký mượn đọc ở thư viện”."
        ),
        Raw(
            '<p><em>Xem thêm: <a href="https://baonghean.vn/nghe-an-phat-dong-tuan-le-hoc-tap-suot-'
            'doi-nam-2026-10298765.html" target="_blank">Nghệ An phát động Tuần lễ hưởng ứng học tập '
            "suốt đời năm 2026</a></em></p>"
        ),
        _right("<strong>Phan Thảo</strong>"),
        _right("<em>Nguồn: Báo Nghệ An</em>"),
    ],
    authors=["Phan Thảo"],
    source="Báo Nghệ An",
    summary=(
        "Nhằm lan tỏa văn hóa đọc trong học đường, sáng 03/12, Trường THCS Lê Lợi (phường Thành "
        "Vinh) tổ chức Ngày hội đọc sách với chủ đề “Sách – Cánh cửa tri thức”, thu hút hơn 800 "
        "học sinh tham gia."
    ),
    opts={"at": "2026-12-04 09:05", "created": "2026-11-29 16:40", "poster": "thuvien.leloi",
          "editor": "quill", "nfd": True, "tags": ["văn hóa đọc", "thư viện"]},
)

B1 = Story(
    322734,
    "chuyen-de-cap-truong-mon-toan-day-hoc-phat-trien-nang-luc-thong-qua-hoat-dong-trai-nghiem",
    "Chuyên đề cấp trường môn Toán: Dạy học phát triển năng lực thông qua hoạt động trải nghiệm",
    "hoat-dong-chuyen-mon",
    "2026-11-27T15:10:00+07:00",
    [
        P(
            "Thực hiện kế hoạch hoạt động chuyên môn năm học 2026 - 2027, ngày 26/11/2026, tổ Toán - "
            "Tin Trường THCS Lê Lợi tổ chức chuyên đề cấp trường “Dạy học phát triển năng lực thông "
            "qua hoạt động trải nghiệm trong môn Toán”."
        ),
        P(
            "Tiết dạy minh họa bài “Hình lăng trụ đứng tam giác, hình lăng trụ đứng tứ giác” (Toán 7) "
            "do cô Trần Thị Lệ Thủy thực hiện tại lớp 7A. Học sinh được chia nhóm, đo đạc, cắt ghép "
            "mô hình từ bìa cứng và tính diện tích xung quanh, thể tích của các vật dụng quen thuộc."
        ),
        Img(_img("chuyen-de-toan-7a.jpg"), "Học sinh lớp 7A thực hành cắt ghép mô hình hình lăng trụ",
            "Học sinh lớp 7A thực hành cắt ghép mô hình hình lăng trụ", "quill"),
        P("Một số nội dung được thống nhất sau chuyên đề", "h"),
        P(
            "Tăng cường các nhiệm vụ học tập gắn với thực tiễn, giúp học sinh vận dụng kiến thức vào "
            "đời sống;",
            "li",
        ),
        P("Đa dạng hóa hình thức đánh giá, chú trọng đánh giá quá trình qua sản phẩm học tập;", "li"),
        P("Khai thác hiệu quả phần mềm GeoGebra và các thiết bị dạy học số.", "li"),
        P(
            "Chuyên đề đã giúp giáo viên trong tổ có thêm kinh nghiệm trong việc thiết kế và tổ chức "
            "các hoạt động học tập theo định hướng phát triển năng lực học sinh."
        ),
        _right("<strong>Tổ Toán - Tin</strong>"),
    ],
    authors=["Tổ Toán - Tin"],
    opts={"at": "2026-11-27 15:10", "created": "2026-11-24 20:12", "poster": "totoan.leloi",
          "editor": "quill", "tags": ["chuyên đề", "Toán"]},
)

B2 = Story(
    317960,
    "hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
    "Hội thi giáo viên dạy giỏi cấp trường năm học 2026 - 2027",
    "hoat-dong-chuyen-mon",
    "2026-11-14T10:00:00+07:00",
    [
        P(
            "Hội thi được tổ chức theo quy định tại Thông tư số 22/2019/TT-BGDĐT của Bộ Giáo dục và "
            "Đào tạo[1], nhằm phát hiện, tôn vinh những giáo viên có năng lực chuyên môn vững vàng, "
            "đồng thời tạo động lực để đội ngũ không ngừng học tập, nâng cao trình độ."
        ),
        P(
            "Mỗi giáo viên dự thi thực hiện hai tiết dạy, trong đó có một tiết dạy theo chủ đề tự "
            "chọn và một tiết dạy do Ban tổ chức bốc thăm. Các tiết dạy đều được đầu tư công phu, "
            "vận dụng linh hoạt các phương pháp, kỹ thuật dạy học tích cực như dạy học dự án, dạy "
            "học theo trạm, kỹ thuật khăn trải bàn."
        ),
        Img(_img("gvdg-ngu-van-9.jpg"), "Cô Nguyễn Thị Hồng Nhung dạy tiết Ngữ văn 9 tại Hội thi",
            "Cô Nguyễn Thị Hồng Nhung dạy tiết Ngữ văn 9 tại Hội thi", "quill"),
        P(
            "Kết quả, Ban tổ chức đã công nhận 19 giáo viên đạt danh hiệu giáo viên dạy giỏi cấp "
            "trường; lựa chọn 6 giáo viên tiêu biểu tham dự Hội thi giáo viên dạy giỏi cấp tỉnh[2]."
        ),
        P("Chú thích:", "note-h"),
        P(
            "[1] Thông tư số 22/2019/TT-BGDĐT ngày 20/12/2019 ban hành Quy định về Hội thi giáo viên "
            "dạy giỏi cơ sở giáo dục mầm non; giáo viên dạy giỏi, giáo viên chủ nhiệm lớp giỏi cơ sở "
            "giáo dục phổ thông.",
            "note",
        ),
        P("[2] Theo Kế hoạch số 1856/KH-SGDĐT ngày 15/10/2026 của Sở Giáo dục và Đào tạo Nghệ An.", "note"),
        _right("<strong>ThS. Nguyễn Thị Minh Nguyệt</strong> - Phó Hiệu trưởng"),
    ],
    authors=["Nguyễn Thị Minh Nguyệt"],
    summary=(
        "Từ ngày 02/11 đến 13/11/2026, Trường THCS Lê Lợi tổ chức Hội thi giáo viên dạy giỏi cấp "
        "trường với 24 giáo viên tham gia ở 9 môn học."
    ),
    sapo_outside=True,
    opts={"at": "2026-11-14 10:00", "poster": "nguyetntm.leloi", "editor": "quill",
          "tags": ["giáo viên dạy giỏi"]},
)

B3 = Story(
    314408,
    "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-tai-to-khoa-hoc-xa-hoi",
    "Sinh hoạt chuyên môn theo nghiên cứu bài học tại tổ Khoa học xã hội",
    "hoat-dong-chuyen-mon",
    "2026-10-30T08:40:00+07:00",
    [
        P(
            "Ngày 28/10/2026, tổ Khoa học xã hội tổ chức buổi sinh hoạt chuyên môn theo nghiên cứu "
            "bài học với tiết dạy minh họa bài “Khởi nghĩa Hai Bà Trưng” (Lịch sử và Địa lí 6) do "
            "thầy Hồ Sỹ Thắng thực hiện.",
            "mso",
        ),
        P("Buổi sinh hoạt được tiến hành theo đúng quy trình gồm các bước:", "mso"),
        P(
            "Giáo viên dạy minh họa, các thành viên trong tổ dự giờ, quan sát hoạt động học của học "
            "sinh;",
            "mso-li",
        ),
        P("Chia sẻ, thảo luận về những biểu hiện học tập của học sinh và nguyên nhân;", "mso-li"),
        P("Rút ra bài học kinh nghiệm và đề xuất điều chỉnh kế hoạch bài dạy.", "mso-li"),
        Img("../../../storage/uploads/truong/1027345/2026/10/shcm-khxh.jpg",
            "Thầy Hồ Sỹ Thắng hướng dẫn học sinh thảo luận nhóm",
            "Thầy Hồ Sỹ Thắng hướng dẫn học sinh thảo luận nhóm", "fig"),
        P(
            "Thông qua buổi sinh hoạt, các giáo viên đã nhận thấy rõ hơn những khó khăn của học sinh "
            "khi khai thác kênh hình và tư liệu lịch sử, từ đó thống nhất các biện pháp hỗ trợ phù "
            "hợp cho từng đối tượng học sinh.",
            "mso",
        ),
        Raw("<p style=\"text-align: right;\"><strong><em>{{AUTHOR}}</em></strong></p>"),
    ],
    authors=["Đặng Thị Lan"],
    opts={"at": "2026-10-30 08:40", "poster": "lan.dt", "editor": "tiny", "entities": True,
          "tags": ["SHCM", "nghiên cứu bài học"]},
)

B4 = Story(
    311276,
    "kiem-tra-noi-bo-dau-nam-nang-cao-chat-luong-ho-so-chuyen-mon",
    "Kiểm tra nội bộ đầu năm: nâng cao chất lượng hồ sơ chuyên môn",
    "hoat-dong-chuyen-mon",
    "2026-10-17T07:45:00+07:00",
    [
        P(
            "Từ ngày 12/10 đến 16/10/2026, Ban kiểm tra nội bộ Trường THCS Lê Lợi đã tiến hành kiểm "
            "tra hồ sơ chuyên môn của 52 giáo viên theo Kế hoạch kiểm tra nội bộ năm học 2026 - 2027."
        ),
        P(
            "Nội dung kiểm tra tập trung vào kế hoạch giáo dục của giáo viên, kế hoạch bài dạy, sổ "
            "theo dõi và đánh giá học sinh, việc thực hiện chương trình và ứng dụng công nghệ thông "
            "tin trong dạy học."
        ),
        Img(_img("ktnb-to-ngu-van.jpg", "10"), "Ban kiểm tra nội bộ làm việc với tổ Ngữ văn",
            "Ban kiểm tra nội bộ làm việc với tổ Ngữ văn", "quill"),
        P(
            "Qua kiểm tra, phần lớn giáo viên đã chuẩn bị hồ sơ đầy đủ, khoa học; kế hoạch bài dạy "
            "được xây dựng theo Công văn 5512/BGDĐT-GDTrH, thể hiện rõ các hoạt động học tập. Tuy "
            "vậy, vẫn còn một số giáo viên chưa cập nhật kịp thời điểm số lên sổ điểm điện tử."
        ),
        P(
            "Ban kiểm tra đề nghị các tổ chuyên môn tiếp tục rà soát, chỉ đạo giáo viên hoàn thiện hồ "
            "sơ trước ngày 31/10/2026."
        ),
    ],
    opts={"at": "2026-10-17 07:45", "updated": "2026-11-02 09:12", "poster": "admin_thcsleloi",
          "editor": "quill", "tags": ["kiểm tra nội bộ"]},
)

B5 = Story(
    308051,
    "tap-huan-su-dung-so-diem-dien-tu-va-hoc-ba-so-cho-giao-vien",
    "Tập huấn sử dụng sổ điểm điện tử và học bạ số cho giáo viên",
    "hoat-dong-chuyen-mon",
    "2026-10-03T14:05:00+07:00",
    [
        P(
            "Chiều 02/10/2026, Trường THCS Lê Lợi tổ chức buổi tập huấn sử dụng sổ điểm điện tử và "
            "học bạ số cho toàn thể giáo viên nhà trường, chuẩn bị cho việc triển khai học bạ số từ "
            "học kỳ I năm học 2026 - 2027."
        ),
        P(
            "Tại buổi tập huấn, thầy Hoàng Minh Tuấn, giáo viên Tin học, đã hướng dẫn chi tiết cách "
            "nhập điểm, nhận xét theo Thông tư 22/2021/TT-BGDĐT, cách ký số và khóa sổ điểm trên hệ "
            "thống. Giáo viên chủ nhiệm được hướng dẫn thêm cách gửi thông báo kết quả học tập tới "
            "phụ huynh qua ứng dụng."
        ),
        Img(_img("tap-huan-hoc-ba-so.jpg", "10"), "Giáo viên thực hành nhập điểm trên hệ thống",
            "Giáo viên thực hành nhập điểm trên hệ thống", "fig"),
        P(
            "Sau buổi tập huấn, 100% giáo viên đã thành thạo các thao tác cơ bản. Nhà trường yêu cầu "
            "giáo viên hoàn thành việc cập nhật điểm đánh giá thường xuyên đợt 1 trước ngày "
            "20/10/2026."
        ),
        Raw("<p style=\"text-align: right;\"><em>{{AUTHOR}}</em></p>"),
    ],
    authors=["Hoàng Minh Tuấn"],
    photographers=["Võ Thị Hạnh"],
    opts={"at": "2026-10-03 14:05", "poster": "tuanhm.leloi", "editor": "tiny", "entities": True,
          "byline": "Tin: Hoàng Minh Tuấn - Ảnh: Võ Thị Hạnh", "tags": ["học bạ số", "chuyển đổi số"]},
)
B3.opts["byline"] = "Đặng Thị Lan"

C1 = Story(
    323318,
    "lien-doi-phat-dong-phong-trao-ke-hoach-nho-nam-hoc-2026-2027",
    "Liên đội phát động phong trào “Kế hoạch nhỏ” năm học 2026 - 2027",
    "cong-tac-doi",
    "2026-11-30T07:30:00+07:00",
    [
        P(
            "Sáng thứ Hai, ngày 30/11/2026, trong giờ chào cờ đầu tuần, Liên đội Trường THCS Lê Lợi "
            "đã phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, vỏ lon, chai nhựa đã qua sử "
            "dụng."
        ),
        Img(_img("ke-hoach-nho-01.jpg"), "Ảnh: Nguyễn Văn Bình", None, "quill"),
        P(
            "Phong trào được tổ chức từ ngày 30/11 đến ngày 20/12/2026. Mỗi chi đội phấn đấu thu gom "
            "tối thiểu 50 kg giấy vụn và 10 kg vỏ lon, chai nhựa. Số tiền thu được sẽ dùng để mua quà "
            "tặng học sinh có hoàn cảnh khó khăn nhân dịp Tết Nguyên đán Đinh Mùi 2027."
        ),
        Img(_img("ke-hoach-nho-02.jpg"), "Ảnh: Nguyễn Văn Bình", None, "quill"),
        P(
            "Ngay sau lễ phát động, nhiều chi đội đã mang giấy vụn, sách báo cũ nộp về Liên đội. Chi "
            "đội 9A dẫn đầu với 76 kg giấy vụn trong ngày đầu tiên. 💚♻️"
        ),
        _right("<strong>BBT</strong>"),
    ],
    photographers=["Nguyễn Văn Bình"],
    opts={"at": "2026-11-30 07:30", "poster": "tpt.leloi", "editor": "quill", "tags": ["Liên đội"]},
)

C2 = Story(
    316052,
    "hoc-sinh-khoi-8-trai-nghiem-tai-khu-di-tich-kim-lien",
    "Học sinh khối 8 trải nghiệm tại Khu di tích Kim Liên",
    "cong-tac-doi",
    "2026-11-08T13:20:00+07:00",
    [
        P(
            "Nhằm giáo dục truyền thống yêu nước và lòng biết ơn đối với Chủ tịch Hồ Chí Minh, ngày "
            "07/11/2026, Liên đội Trường THCS Lê Lợi tổ chức cho 312 học sinh khối 8 tham gia hoạt "
            "động trải nghiệm tại Khu di tích Kim Liên, xã Kim Liên, tỉnh Nghệ An."
        ),
        Img(_img("kim-lien-01.jpg"),
            "(Học sinh khối 8 dâng hương tại Nhà lưu niệm Chủ tịch Hồ Chí Minh ở quê nội)",
            "Học sinh khối 8 dâng hương tại Nhà lưu niệm Chủ tịch Hồ Chí Minh ở quê nội", "quill"),
        P(
            "Tại đây, các em được nghe thuyết minh về thời niên thiếu của Bác ở quê nội làng Sen và "
            "quê ngoại làng Hoàng Trù, tham quan giếng Cốc, lò rèn cụ Cố Điền và lớp học của cụ Vương "
            "Thúc Quý."
        ),
        P(
            "Buổi chiều, các chi đội tham gia trò chơi lớn “Theo dấu chân Bác” với các trạm: trả lời "
            "câu hỏi về cuộc đời Bác Hồ, hát dân ca ví, giặm Nghệ Tĩnh và thu hoạch kiến thức qua sơ "
            "đồ tư duy."
        ),
        Img(_img("kim-lien-02.jpg"), "(Trò chơi lớn “Theo dấu chân Bác”)",
            "Trò chơi lớn “Theo dấu chân Bác”", "quill"),
        P(
            "Chuyến đi đã để lại nhiều cảm xúc, giúp các em hiểu thêm về quê hương, thân thế của Bác, "
            "từ đó nỗ lực học tập, rèn luyện theo Năm điều Bác Hồ dạy thiếu niên, nhi đồng."
        ),
        _right("<em>Hoàng Thị Mai Anh (TPT Đội)</em>"),
    ],
    authors=["Hoàng Thị Mai Anh"],
    opts={"at": "2026-11-08 13:20", "poster": "tpt.leloi", "editor": "quill",
          "tags": ["trải nghiệm", "Kim Liên"]},
)

_LETTERHEAD = (
    '<table style="width:100%;border:none;border-collapse:collapse" class="tbl-qh"><tbody>'
    '<tr><td style="width:42%;text-align:center;vertical-align:top"><p class="ql-align-center">'
    "UBND PHƯỜNG THÀNH VINH<br><strong>TRƯỜNG THCS LÊ LỢI</strong></p></td>"
    '<td style="text-align:center;vertical-align:top"><p class="ql-align-center"><strong>CỘNG HÒA XÃ '
    "HỘI CHỦ NGHĨA VIỆT NAM</strong><br><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong></p></td></tr>"
    '<tr><td style="text-align:center"><p class="ql-align-center">Số: 215/TB-THCSLL</p></td>'
    '<td style="text-align:right"><p class="ql-align-right"><em>Thành Vinh, ngày 30 tháng 11 năm 2026'
    "</em></p></td></tr></tbody></table>"
    '<p class="ql-align-center"><strong>THÔNG BÁO</strong></p>'
    '<p class="ql-align-center"><strong>Về việc tổ chức Hội nghị cha mẹ học sinh giữa học kỳ I năm '
    "học 2026 - 2027</strong></p><p><br></p>"
)
_CLOSING = (
    '<p><br></p><table style="width:100%;border:none"><tbody><tr>'
    '<td style="width:50%;vertical-align:top"><p><strong><em>Nơi nhận:</em></strong><br>- Như trên;'
    "<br>- CMHS các lớp (qua eNetViet);<br>- Lưu: VT.</p></td>"
    '<td style="text-align:center;vertical-align:top"><p class="ql-align-center"><strong>HIỆU TRƯỞNG'
    '</strong></p><p class="ql-align-center"><em>(Đã ký)</em></p><p><br></p>'
    '<p class="ql-align-center"><strong>Nguyễn Đình Phúc</strong></p></td></tr></tbody></table>'
    '<p><i class="fa fa-paperclip"></i> Tệp đính kèm: <a href="/storage/files/truong/1027345/'
    '215-TB-HNCMHS.pdf" target="_blank">215-TB-HNCMHS.pdf</a> (128 KB)</p>'
)

D1 = Story(
    323906,
    "thong-bao-ve-viec-to-chuc-hoi-nghi-cha-me-hoc-sinh-giua-hoc-ky-i-nam-hoc-2026-2027",
    "Thông báo về việc tổ chức Hội nghị cha mẹ học sinh giữa học kỳ I năm học 2026 - 2027",
    "thong-bao",
    "2026-11-30",
    [
        Raw(_LETTERHEAD),
        P(
            "Căn cứ Kế hoạch giáo dục nhà trường năm học 2026 - 2027 của Trường THCS Lê Lợi; căn cứ "
            "Thông tư số 55/2011/TT-BGDĐT ngày 22/11/2011 của Bộ Giáo dục và Đào tạo ban hành Điều "
            "lệ Ban đại diện cha mẹ học sinh,",
            "doc",
        ),
        P(
            "Trường THCS Lê Lợi thông báo tổ chức Hội nghị cha mẹ học sinh giữa học kỳ I năm học "
            "2026 - 2027 như sau:",
            "doc",
        ),
        P("1. Thời gian: 14 giờ 00, Chủ nhật ngày 06/12/2026.", "doc"),
        P("2. Địa điểm: Tại các phòng học của lớp.", "doc"),
        P("3. Nội dung:", "doc"),
        P("- Giáo viên chủ nhiệm thông báo kết quả học tập, rèn luyện giữa học kỳ I của học sinh;", "doc"),
        P("- Trao đổi các biện pháp phối hợp giáo dục học sinh giữa nhà trường và gia đình;", "doc"),
        P("- Phổ biến kế hoạch ôn tập, kiểm tra cuối học kỳ I.", "doc"),
        P(
            "Đề nghị quý cha mẹ học sinh sắp xếp thời gian tham dự đầy đủ, đúng giờ. Thông báo này "
            "đồng thời được gửi qua ứng dụng eNetViet tới từng phụ huynh./.",
            "doc",
        ),
        Raw(_CLOSING),
    ],
    authors=["Nguyễn Đình Phúc"],
    opts={"at": "2026-12-01 10:02", "poster": "vanthu.leloi", "editor": "quill",
          "tags": ["họp phụ huynh"], "excerpt": "Trường THCS Lê Lợi thông báo tổ chức Hội nghị cha mẹ "
          "học sinh giữa học kỳ I năm học 2026 - 2027 vào 14 giờ 00, Chủ nhật ngày 06/12/2026."},
)

D2 = Story(
    324047,
    "lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
    "Lịch kiểm tra cuối học kỳ I năm học 2026 - 2027",
    "thong-bao",
    "2026-12-03T17:45:00+07:00",
    [
        P(
            "Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026 - 2027 đối với các môn "
            "kiểm tra tập trung như sau:"
        ),
        P("Ngày | Buổi | Khối | Môn kiểm tra | Thời gian làm bài", "th-w"),
        P("21/12/2026 | Sáng | 6, 7 | Ngữ văn | 90 phút", "tr-w"),
        P("21/12/2026 | Chiều | 8, 9 | Ngữ văn | 90 phút", "tr-w"),
        P("22/12/2026 | Sáng | 6, 7 | Toán | 90 phút", "tr-w"),
        P("22/12/2026 | Chiều | 8, 9 | Toán | 90 phút", "tr-w"),
        P("23/12/2026 | Sáng | 6, 7, 8, 9 | Tiếng Anh | 60 phút", "tr-w"),
        P(
            "Các môn còn lại do giáo viên bộ môn tổ chức kiểm tra tại lớp theo kế hoạch của tổ chuyên "
            "môn, hoàn thành trước ngày 26/12/2026."
        ),
        P(
            "Đề nghị giáo viên chủ nhiệm thông báo tới học sinh và phụ huynh; học sinh có mặt tại "
            "phòng kiểm tra trước giờ làm bài 15 phút, mang theo thẻ học sinh."
        ),
        _right("<strong><em>Bộ phận Giáo vụ</em></strong>"),
    ],
    authors=["Bộ phận Giáo vụ"],
    opts={"at": "2026-12-03 17:45", "poster": "giaovu.leloi", "editor": "quill",
          "tags": ["kiểm tra cuối kỳ"]},
)

STORIES = [A1, A2, A3, A4, B1, B2, B3, B4, B5, C1, C2, D1, D2]
BY_ID = {s.id: s for s in STORIES}


def _when(st: Story) -> datetime:
    return _at(st.opts["at"])


def _sorted(stories: list[Story]) -> list[Story]:
    return sorted(stories, key=_when, reverse=True)


NEWS = _sorted([s for s in STORIES if s.cat in NEWS_CATS])
NOTICES = _sorted([s for s in STORIES if s.cat == "thong-bao"])


def _in_cat(cat: str) -> list[Story]:
    return _sorted([s for s in STORIES if s.cat == cat])


def clean_path(st: Story) -> str:
    return f"{ROOT}/tin-tuc/{st.slug}-{st.id}"


def related(st: Story) -> list[Story]:
    """'Tin liên quan': the two newest posts of the category (categories 1-2), linked ?src=lq."""
    return [s for s in _in_cat(st.cat) if s is not st][:2]


def others(st: Story) -> list[Story]:
    """'Các tin khác' (categories 3-4): the rest of the category, clean links."""
    return [s for s in _in_cat(st.cat) if s is not st][:4]


LQ_CATS = ("tin-tuc-su-kien", "hoat-dong-chuyen-mon")
MOST_READ = [A1, A2, C2, B2]
BOARD_WIDGET = [D2, D1]  # sidebar widget: D1 by bare id


def alt_paths(st: Story) -> list[str]:
    out = []
    if st.cat in LQ_CATS and any(st in related(o) for o in STORIES if o.cat == st.cat):
        out.append(clean_path(st) + "?src=lq")
    if st.opts.get("old_slug"):
        out.append(f"{ROOT}/tin-tuc/{st.opts['old_slug']}-{st.id}")
    if st in BOARD_WIDGET and st is D1:
        out.append(f"{ROOT}/tin-tuc/{st.id}")
    return out


# --- text rendering -----------------------------------------------------------------------------


def _t(st: Story, value: str) -> str:
    return text(value, nfd=bool(st.opts.get("nfd")), entities=1 if st.opts.get("entities") else 0)


def _calls(markup: str) -> str:
    return re.sub(r"\[(\d+)\]", r"<sup>[\1]</sup>", markup)


_MSO_SPAN = '<span style="font-size:14.0pt;line-height:150%;font-family:&quot;Times New Roman&quot;,serif">'


def _cells(st: Story, row: str, head: bool, word: bool, n: int) -> str:
    tds = []
    for i, cell in enumerate(row.split(" | ")):
        inner = _t(st, cell)
        if head:
            inner = f"<strong>{inner}</strong>"
        if word:
            inner = f'<p class="MsoNormal" align="center" style="text-align:center">{_MSO_SPAN}{inner}</span></p>'
        width = ' style="width:8%"' if i == 0 and not word else ""
        tds.append(f'<td data-row="row-{st.id % 1000}{n}"{width}>{inner}</td>')
    return "<tr>" + "".join(tds) + "</tr>"


def _image(st: Story, img: Img) -> str:
    src = esc(img.src)
    if img.style == "fig":
        cap = f"<figcaption>{_t(st, img.printed)}</figcaption>" if img.printed else ""
        return (
            f'<figure class="image" style="display:table;margin:0 auto"><img src="{src}" alt="" '
            f'width="600" height="400">{cap}</figure>'
        )
    out = f'<p class="ql-align-center"><img src="{src}" width="640"></p>'
    if img.printed:
        out += f'<p class="ql-align-center"><em>{_t(st, img.printed)}</em></p>'
    return out + "<p><br></p>"


def render_body(st: Story) -> str:
    """The editor's output for the story's blocks."""
    out: list[str] = []
    blocks = st.blocks
    tiny = st.opts.get("editor") == "tiny"
    i = 0
    npar = 0
    while i < len(blocks):
        blk = blocks[i]
        if isinstance(blk, Raw):
            out.append(blk.html.replace("{{AUTHOR}}", _t(st, st.opts.get("byline", ""))))
            i += 1
            continue
        if isinstance(blk, Img):
            out.append(_image(st, blk))
            i += 1
            continue
        style = blk.style
        if style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(
                    f'<li data-list="bullet"><span class="ql-ui" contenteditable="false"></span>'
                    f"{_t(st, blocks[i].text)}</li>"
                )
                i += 1
            out.append("<ol>" + "".join(items) + "</ol>")
            continue
        if style in ("th", "tr", "th-w", "tr-w"):
            word = style.endswith("-w")
            rows = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("th", "tr", "th-w", "tr-w"):
                rows.append(_cells(st, blocks[i].text, blocks[i].style.startswith("th"), word, len(rows)))
                i += 1
            attrs = (
                ' class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" '
                'style="border-collapse:collapse;border:none;width:100%"'
                if word
                else ' style="width:100%"'
            )
            out.append(f'<div class="ql-table-wrap"><table{attrs}><tbody>{"".join(rows)}</tbody></table></div>')
            continue
        if style == "br":
            lines = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in ("br", "poem"):
                lines.append(_t(st, blocks[i].text))
                i += 1
                if lines and blocks[i - 1].style == "poem":
                    break
            out.append('<p class="ql-align-center"><em>' + "<br>".join(lines) + "</em></p>")
            continue
        body = _t(st, blk.text)
        npar += 1
        if style == "lead":
            out.append(f'<p class="ql-align-justify"><strong>{body}</strong></p>')
        elif style == "h":
            out.append(f"<h3>{body}</h3>")
        elif style == "note-h":
            out.append(f"<p><strong>{body}</strong></p>")
        elif style == "note":
            out.append(f'<p class="ql-align-justify"><em>{body}</em></p>')
        elif style == "mso":
            out.append(
                '<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;line-height:150%">'
                f"{_MSO_SPAN}{body}</span></p>"
            )
        elif style == "mso-li":
            out.append(
                '<p class="MsoListParagraph" style="margin-left:54.0pt;text-align:justify;'
                'text-indent:-18.0pt;line-height:150%;mso-list:l0 level1 lfo1"><!--[if !supportLists]-->'
                '<span style="font-family:Symbol;mso-fareast-font-family:Symbol"><span style="mso-list:'
                'Ignore">·<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;&nbsp;'
                f"&nbsp;&nbsp;&nbsp; </span></span></span><!--[endif]-->{_MSO_SPAN}{body}</span></p>"
            )
        elif style == "doc":
            out.append(f'<p class="ql-align-justify ql-indent-1">{body}</p>')
        elif tiny:
            out.append(f'<p style="text-align: justify;">{body}</p>')
        else:
            tail = "&nbsp;" if npar % 3 == 2 else ""
            out.append(f'<p class="ql-align-justify">{_calls(body)}{tail}</p>')
        i += 1
    return "\n".join(out)


# --- chrome -------------------------------------------------------------------------------------


def _token(seed: str) -> str:
    return hashlib.sha1(seed.encode()).hexdigest()[:40]


def _ago(d: datetime) -> str:
    days = (TODAY - d.date()).days
    if days <= 0:
        return "Hôm nay"
    if days == 1:
        return "1 ngày trước"
    if days < 7:
        return f"{days} ngày trước"
    if days < 30:
        return f"{days // 7} tuần trước"
    return f"{days // 30} tháng trước"


def _excerpt(st: Story, n: int = 150) -> str:
    if st.opts.get("excerpt"):
        first = st.opts["excerpt"]
    else:
        first = st.summary if st.sapo_outside else next(b.text for b in st.blocks if isinstance(b, P))
    return first if len(first) <= n else first[:n].rsplit(" ", 1)[0] + "..."


def _limit(title: str, n: int = 72) -> str:
    return title if len(title) <= n else title[:n].rstrip() + "..."


def _thumb(st: Story) -> str:
    return f"{UP}/thumbs/{st.id}_300x200.jpg"


NAV = f"""
<nav class="navbar navbar-expand-lg navbar-dark menu-chinh" id="menu-1">
 <div class="container">
  <button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#mn-1"><span class="navbar-toggler-icon"></span></button>
  <div class="collapse navbar-collapse" id="mn-1">
  <ul class="navbar-nav mr-auto">
   <li class="nav-item"><a class="nav-link" href="{ROOT}"><i class="fa fa-home"></i> Trang chủ</a></li>
   <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="javascript:;" data-toggle="dropdown">Giới thiệu</a>
    <div class="dropdown-menu"><a class="dropdown-item" href="{ROOT}/gioi-thieu">Giới thiệu chung</a><a class="dropdown-item" href="{ROOT}/gioi-thieu#co-cau-to-chuc">Cơ cấu tổ chức</a></div></li>
   <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="javascript:;" data-toggle="dropdown">Tin tức</a>
    <div class="dropdown-menu"><a class="dropdown-item" href="{ROOT}/tin-tuc">Tất cả tin bài</a>
     <a class="dropdown-item" href="{ROOT}/danh-muc/tin-tuc-su-kien">Tin tức - Sự kiện</a>
     <a class="dropdown-item" href="{ROOT}/danh-muc/hoat-dong-chuyen-mon">Hoạt động chuyên môn</a>
     <a class="dropdown-item" href="{ROOT}/danh-muc/cong-tac-doi">Công tác Đội - Phong trào</a></div></li>
   <li class="nav-item"><a class="nav-link" href="{ROOT}/thong-bao">Thông báo <span class="badge badge-danger">Mới</span></a></li>
   <li class="nav-item"><a class="nav-link" href="{ROOT}/van-ban">Văn bản</a></li>
   <li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="javascript:;" data-toggle="dropdown">Thư viện</a>
    <div class="dropdown-menu"><a class="dropdown-item" href="{ROOT}/thu-vien-anh">Album ảnh</a><a class="dropdown-item" href="{ROOT}/video/17-tiet-muc-van-nghe-chao-mung-ngay-nha-giao-viet-nam-20-11">Video</a></div></li>
   <li class="nav-item"><a class="nav-link" href="{ROOT}/lien-he">Liên hệ</a></li>
  </ul>
  <form class="form-inline o-tim-kiem" action="{ROOT}/tim-kiem" method="get">
   <input class="form-control form-control-sm" type="search" name="tu_khoa" placeholder="Nhập từ khóa...">
   <button class="btn btn-sm btn-warning" type="submit"><i class="fa fa-search"></i></button>
  </form>
  </div>
 </div>
</nav>"""

APP_BAND = f"""
<section class="dai-tai-app py-4" id="blk-31">
 <div class="container"><div class="row align-items-center">
  <div class="col-md-8">
   <h3 class="dai-tai-app__tt">Tải ứng dụng eNetViet</h3>
   <p>Kết nối Nhà trường – Gia đình – Học sinh: nhận thông báo, xem điểm, sổ liên lạc điện tử, xin nghỉ học cho con ngay trên điện thoại.</p>
   <a href="https://apps.apple.com/vn/app/enetviet/id1193871034" target="_blank" rel="noopener"><img src="/images/badge/app-store.png" alt="App Store" height="44"></a>
   <a href="https://play.google.com/store/apps/details?id=vn.enetviet.phuhuynh" target="_blank" rel="noopener"><img src="/images/badge/google-play.png" alt="Google Play" height="44"></a>
  </div>
  <div class="col-md-4 text-center"><img src="{UP}/qr-tai-app.png" alt="Quét mã để tải ứng dụng" width="120"><div class="small">Quét mã QR để tải ứng dụng</div></div>
 </div></div>
</section>"""

FOOTER = """
<footer class="chan-trang pt-4">
 <div class="container"><div class="row">
  <div class="col-md-7">
   <h5>TRƯỜNG THCS LÊ LỢI</h5>
   <p><i class="fa fa-map-marker-alt"></i> Địa chỉ: Số 18, đường Lê Hồng Phong, phường Thành Vinh, tỉnh Nghệ An</p>
   <p><i class="fa fa-phone"></i> Điện thoại: 0238 3 842 615 &nbsp;|&nbsp; <i class="fa fa-envelope"></i> Email: <a href="mailto:c2leloi.thanhvinh@nghean.edu.vn">c2leloi.thanhvinh@nghean.edu.vn</a></p>
   <p>Chịu trách nhiệm nội dung: Thầy Nguyễn Đình Phúc – Hiệu trưởng</p>
  </div>
  <div class="col-md-5">
   <div class="fb-page" data-href="https://www.facebook.com/thcsleloi.thanhvinh" data-height="130"></div>
   <a href="https://www.facebook.com/thcsleloi.thanhvinh" target="_blank"><i class="fab fa-facebook"></i> Fanpage nhà trường</a>
   &middot; <a href="https://www.youtube.com/@thcsleloithanhvinh" target="_blank"><i class="fab fa-youtube"></i> Kênh Youtube</a>
  </div>
 </div></div>
 <div class="ban-quyen text-center small py-2">© 2026 Bản quyền thuộc về Trường THCS Lê Lợi. Website được xây dựng trên nền tảng <a href="https://enetviet.com" target="_blank">eNetViet</a>.</div>
</footer>"""


def _board_widget() -> str:
    items = []
    for st in BOARD_WIDGET:
        href = f"{ROOT}/tin-tuc/{st.id}" if st is D1 else clean_path(st)
        items.append(
            f'<li><i class="fa fa-bullhorn text-danger"></i> <a href="{href}">{esc(st.title)}</a>'
            f' <span class="text-muted small">({_at(st.opts["at"]).strftime("%d/%m")})</span></li>'
        )
    items.append(
        f'<li><i class="fa fa-file-alt"></i> <a href="{ROOT}/van-ban/1189">Kế hoạch tổ chức các '
        "hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11</a></li>"
    )
    return (
        '<div class="khoi-phai card mb-3" id="blk-12"><div class="card-header bg-danger text-white">'
        '<i class="fa fa-thumbtack"></i> BẢNG THÔNG BÁO</div><div class="card-body p-2">'
        '<marquee direction="up" scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()" '
        f'height="150"><ul class="list-unstyled ds-tb">{"".join(items)}</ul></marquee>'
        f'<a class="small float-right" href="{ROOT}/thong-bao">Xem tất cả »</a></div></div>'
    )


def sidebar() -> str:
    most = "".join(
        f'<li class="media mb-2"><img class="mr-2" src="{_thumb(s)}" width="70" alt="">'
        f'<div class="media-body"><a href="{clean_path(s)}">{esc(_limit(s.title, 60))}</a>'
        f'<div class="small text-muted"><i class="fa fa-eye"></i> {s.views()}</div></div></li>'
        for s in MOST_READ
    )
    return f"""
<aside class="col-lg-4 cot-phai">
 {_board_widget()}
 <div class="khoi-phai card mb-3" id="blk-14"><div class="card-header">TIN ĐỌC NHIỀU</div>
  <div class="card-body p-2"><ul class="list-unstyled">{most}</ul></div></div>
 <div class="khoi-phai card mb-3" id="blk-15"><div class="card-header">VIDEO CLIP</div>
  <div class="card-body p-2"><a href="{ROOT}/video/17-tiet-muc-van-nghe-chao-mung-ngay-nha-giao-viet-nam-20-11"><img src="{UP}/video/17-thumb.jpg" class="img-fluid" alt=""></a>
  <div class="small">Tiết mục văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11</div></div></div>
 <div class="khoi-phai card mb-3" id="blk-16"><div class="card-header">THƯ VIỆN ẢNH</div>
  <div class="card-body p-2"><a href="{ROOT}/thu-vien-anh/52-le-khai-giang-nam-hoc-2026-2027"><img src="{UP}/album/52/cover.jpg" class="img-fluid" alt="Lễ khai giảng"></a></div></div>
 <div class="khoi-phai card mb-3" id="blk-17"><div class="card-header">LIÊN KẾT WEBSITE</div>
  <div class="card-body p-2"><select class="form-control form-control-sm" onchange="if(this.value)window.open(this.value)">
   <option value="">-- Chọn liên kết --</option>
   <option value="https://moet.gov.vn">Bộ Giáo dục và Đào tạo</option>
   <option value="https://nghean.edu.vn">Sở GD&amp;ĐT Nghệ An</option>
   <option value="https://thanhvinh.nghean.gov.vn">UBND phường Thành Vinh</option>
   <option value="https://enetviet.com">Cổng eNetViet</option></select></div></div>
 <div class="khoi-phai card mb-3" id="blk-18"><div class="card-header">BÌNH CHỌN</div>
  <div class="card-body p-2"><form method="post" action="{ROOT}/binh-chon/3">
   <input type="hidden" name="_token" value="{_token('poll')}">
   <p class="small mb-1">Quý phụ huynh đánh giá thế nào về việc nhận thông báo qua ứng dụng?</p>
   <div><label><input type="radio" name="lua_chon" value="7"> Rất tiện lợi</label></div>
   <div><label><input type="radio" name="lua_chon" value="8"> Tiện lợi</label></div>
   <div><label><input type="radio" name="lua_chon" value="9"> Chưa tiện lợi</label></div>
   <button class="btn btn-sm btn-primary" type="submit">Bình chọn</button></form></div></div>
 <div class="khoi-phai card mb-3" id="blk-19"><div class="card-header">THỐNG KÊ TRUY CẬP</div>
  <div class="card-body p-2 small"><div>Đang online: <b>23</b></div><div>Hôm nay: <b>412</b></div>
  <div>Tháng này: <b>8.367</b></div><div>Tổng truy cập: <b>1.284.905</b></div></div></div>
</aside>"""


def page(request: Request, title: str, main: str, *, head: str = "", crumbs: list[tuple[str, str | None]] | None = None,
         side: bool = True, script: str = "") -> Response:
    bc = ""
    if crumbs:
        parts = [f'<li class="breadcrumb-item"><a href="{ROOT}"><i class="fa fa-home"></i> Trang chủ</a></li>']
        for label, href in crumbs:
            if href:
                parts.append(f'<li class="breadcrumb-item"><a href="{href}">{esc(label)}</a></li>')
            else:
                parts.append(f'<li class="breadcrumb-item active" aria-current="page">{esc(label)}</li>')
        bc = f'<nav aria-label="breadcrumb"><ol class="breadcrumb duong-dan">{"".join(parts)}</ol></nav>'
    col = "col-lg-8" if side else "col-12"
    doc = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="{_token(request.target)}">
<title>{esc(title)}</title>
{head}
<link rel="icon" href="/favicon.ico">
<link href="/css/app.css?id=7c1e0a4b9f2d83e1" rel="stylesheet">
<link href="/css/truong.css?id=b51a07c2" rel="stylesheet">
</head>
<body class="trang-truong truong-{SID}">
<div id="app" v-cloak>
<div class="thanh-tren small"><div class="container d-flex justify-content-between">
 <span><i class="far fa-calendar-alt"></i> {HEADER_TODAY}</span>
 <span><i class="fa fa-phone-alt"></i> 0238 3 842 615 &nbsp;|&nbsp; <a href="https://enetviet.com/dang-nhap?truong={SID}" target="_blank">Đăng nhập eNetViet</a></span>
</div></div>
<header class="dau-trang"><div class="container d-flex align-items-center py-2">
 <a href="{ROOT}"><img src="{UP}/logo-truong.png" alt="Logo Trường THCS Lê Lợi" height="78"></a>
 <div class="ml-3"><div class="ten-cap-tren">UBND PHƯỜNG THÀNH VINH</div>
 <div class="ten-truong">TRƯỜNG THCS LÊ LỢI</div>
 <div class="khau-hieu"><em>Kỷ cương – Tình thương – Trách nhiệm</em></div></div>
</div></header>
{NAV}
<main class="container my-3">
{bc}
<div class="row"><div class="{col}">
{main}
</div>{sidebar() if side else ""}</div>
</main>
{APP_BAND}
{FOOTER}
</div>
<script>window.Laravel = {{"csrfToken":"{_token(request.target)}","truongId":{SID}}};</script>
{script}
<script src="/js/manifest.js?id=3f1c"></script><script src="/js/vendor.js?id=9ad2e1"></script>
<script src="/js/app.js?id=8f3a27c0d1"></script>
</body>
</html>"""
    return html(doc)


def _card(st: Story, href: str | None = None) -> str:
    return f"""
<div class="col-md-6 col-xl-4 mb-4"><div class="the-tin card h-100">
 <a href="{href or clean_path(st)}" class="the-tin__anh"><img class="card-img-top" src="{_thumb(st)}" alt="{esc(st.title)}" loading="lazy"></a>
 <div class="card-body p-2">
  <span class="the-tin__dm badge badge-light">{esc(CATS[st.cat])}</span>
  <h5 class="the-tin__tt"><a href="{href or clean_path(st)}" title="{esc(st.title)}">{esc(_limit(st.title))}</a></h5>
  <p class="the-tin__mt small">{esc(_excerpt(st))}</p>
  <small class="text-muted"><i class="far fa-clock"></i> {_ago(_when(st))}</small>
 </div>
</div></div>"""


def _pager(request: Request, path: str, cur: int, last: int) -> str:
    if last <= 1:
        return ""
    base = base_url(request) + path
    items = []
    if cur == 1:
        items.append('<li class="page-item disabled" aria-disabled="true"><span class="page-link">&lsaquo;</span></li>')
    else:
        items.append(f'<li class="page-item"><a class="page-link" href="{base}?page={cur - 1}" rel="prev">&lsaquo;</a></li>')
    for n in range(1, last + 1):
        if n == cur:
            items.append(f'<li class="page-item active" aria-current="page"><span class="page-link">{n}</span></li>')
        else:
            items.append(f'<li class="page-item"><a class="page-link" href="{base}?page={n}">{n}</a></li>')
    if cur == last:
        items.append('<li class="page-item disabled" aria-disabled="true"><span class="page-link">&rsaquo;</span></li>')
    else:
        items.append(f'<li class="page-item"><a class="page-link" href="{base}?page={cur + 1}" rel="next">&rsaquo;</a></li>')
    return f'<nav><ul class="pagination justify-content-center">{"".join(items)}</ul></nav>'


def _page_no(request: Request) -> int:
    raw = request.params.get("page", "1")
    return int(raw) if raw.isdigit() and int(raw) > 0 else 1


# --- pages --------------------------------------------------------------------------------------


def home(request: Request) -> Response:
    featured = NEWS[:3]
    slides = "".join(
        f'<div class="carousel-item{" active" if i == 0 else ""}"><a href="{clean_path(s)}">'
        f'<img class="d-block w-100" src="{s.images[0].src if s.images and s.images[0].src.startswith("/") else _thumb(s)}" alt="">'
        f'<div class="carousel-caption"><h4>{esc(s.title)}</h4></div></a></div>'
        for i, s in enumerate(featured)
    )
    cards = "".join(_card(s) for s in NEWS[:PER_LIST])
    main = f"""
<div id="slide-noi-bat" class="carousel slide mb-3" data-ride="carousel"><div class="carousel-inner">{slides}</div></div>
<div class="tieu-de-khoi"><h2><span>TIN MỚI NHẤT</span></h2></div>
<div class="row ds-tin" id="ds-tin-moi">
{cards}
 <div class="col-md-6 col-xl-4 mb-4" v-for="item in dsThem" :key="item.id" v-cloak>
  <div class="the-tin card h-100">
   <a href="{ROOT}/tin-tuc/{{{{ item.slug }}}}-{{{{ item.id }}}}" class="the-tin__anh"><img class="card-img-top" :src="item.anh_dai_dien" alt=""></a>
   <div class="card-body p-2"><h5 class="the-tin__tt"><a :href="item.url">{{{{ item.tieu_de }}}}</a></h5>
   <small class="text-muted"><i class="far fa-clock"></i> {{{{ item.thoi_gian }}}}</small></div>
  </div>
 </div>
</div>
<div class="text-center mb-4">
 <a href="{ROOT}/tin-tuc?page=2" class="btn btn-outline-primary btn-xem-them" data-trang="2" @click.prevent="xemThem" v-if="conNua">Xem thêm <i class="fa fa-angle-down"></i></a>
</div>"""
    script = (
        f'<script>window.__TRUONG__ = {{"id":{SID},"ten":"{SCHOOL}","api_tin":"{API}","limit":{PER_LIST},'
        f'"tong":{len(NEWS)}}};</script>'
    )
    head = (
        '<meta name="description" content="Trang thông tin điện tử Trường THCS Lê Lợi, phường Thành Vinh, '
        'tỉnh Nghệ An">'
        f'<link rel="canonical" href="{base_url(request)}{ROOT}">'
    )
    return page(request, "Trường THCS Lê Lợi - Trang chủ", main, head=head, script=script)


def news_list(request: Request) -> Response:
    cur = _page_no(request)
    last = (len(NEWS) + PER_LIST - 1) // PER_LIST
    chunk = NEWS[(cur - 1) * PER_LIST : cur * PER_LIST]
    cards = "".join(_card(s) for s in chunk) or '<div class="col-12"><p class="text-muted">Chưa có bài viết.</p></div>'
    main = (
        '<div class="tieu-de-khoi"><h1 class="h4"><span>TIN TỨC</span></h1></div>'
        f'<div class="row ds-tin">{cards}</div>{_pager(request, ROOT + "/tin-tuc", cur, last)}'
    )
    return page(request, "Tin tức - Trường THCS Lê Lợi", main, crumbs=[("Tin tức", None)])


def cat_list(request: Request, cat: str) -> Response:
    stories = _in_cat(cat)
    cur = _page_no(request)
    last = (len(stories) + PER_CAT - 1) // PER_CAT
    chunk = stories[(cur - 1) * PER_CAT : cur * PER_CAT]
    cards = []
    for s in chunk:
        # the category page caches each card's URL: A3's still carries its old slug
        href = f"{ROOT}/tin-tuc/{s.opts['old_slug']}-{s.id}" if s.opts.get("old_slug") else None
        cards.append(_card(s, href))
    body = "".join(cards) or '<div class="col-12"><p class="text-muted">Chưa có bài viết.</p></div>'
    main = (
        f'<div class="tieu-de-khoi"><h1 class="h4"><span>{esc(CATS[cat].upper())}</span></h1></div>'
        f'<div class="row ds-tin">{body}</div>{_pager(request, f"{ROOT}/danh-muc/{cat}", cur, last)}'
    )
    return page(request, f"{CATS[cat]} - Trường THCS Lê Lợi", main,
                crumbs=[("Tin tức", ROOT + "/tin-tuc"), (CATS[cat], None)])


DOCS = {
    1189: {
        "so": "112/KH-THCSLL",
        "ten": "Kế hoạch tổ chức các hoạt động chào mừng Ngày Nhà giáo Việt Nam 20/11",
        "loai": "Kế hoạch",
        "ngay": "28/10/2026",
        "ky": "Nguyễn Đình Phúc",
        "file": "KH-112-THCSLL.pdf",
    },
    1176: {
        "so": "98/QĐ-THCSLL",
        "ten": "Quyết định ban hành Quy chế chi tiêu nội bộ năm 2026 (sửa đổi, bổ sung)",
        "loai": "Quyết định",
        "ngay": "12/10/2026",
        "ky": "Nguyễn Đình Phúc",
        "file": "QD-98-THCSLL.pdf",
    },
}


def board(request: Request) -> Response:
    rows = []
    for st in NOTICES:
        rows.append(
            f'<tr><td><span class="badge badge-danger">Thông báo</span></td><td><a href="{clean_path(st)}">'
            f'{esc(st.title)}</a><div class="small text-muted">{esc(_excerpt(st, 120))}</div></td>'
            f'<td class="text-nowrap small">{_at(st.opts["at"]).strftime("%d/%m/%Y")}</td></tr>'
        )
    for did, d in DOCS.items():
        rows.append(
            f'<tr><td><span class="badge badge-info">Văn bản</span></td><td><a href="{ROOT}/van-ban/{did}">'
            f'{esc(d["ten"])}</a><div class="small text-muted">Số: {esc(d["so"])}</div></td>'
            f'<td class="text-nowrap small">{d["ngay"]}</td></tr>'
        )
    main = (
        '<div class="tieu-de-khoi"><h1 class="h4"><span>BẢNG THÔNG BÁO</span></h1></div>'
        '<table class="table table-sm table-hover bang-tb"><thead><tr><th>Loại</th><th>Tiêu đề</th>'
        f'<th>Ngày</th></tr></thead><tbody>{"".join(rows)}</tbody></table>'
    )
    return page(request, "Thông báo - Trường THCS Lê Lợi", main, crumbs=[("Thông báo", None)])


def article(request: Request, st: Story) -> Response:
    base = base_url(request)
    canonical = base + clean_path(st)
    when = _when(st)
    created = _at(st.opts.get("created", st.opts["at"]))
    updated = _at(st.opts.get("updated", st.opts.get("created", st.opts["at"])))
    z = lambda d: d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.000000Z")  # noqa: E731
    printed = when.strftime("%H:%M - %d/%m/%Y")
    if st.opts.get("updated"):
        meta_date = (
            f'<span class="mr-3" title="Cập nhật lần cuối"><i class="fa fa-sync-alt"></i> Cập nhật: '
            f'{updated.strftime("%H:%M - %d/%m/%Y")}</span>'
            f'<span class="mr-3"><i class="far fa-calendar-alt"></i> Ngày đăng: {printed}</span>'
        )
    else:
        meta_date = f'<span class="mr-3"><i class="far fa-clock"></i> {printed}</span>'
    first_img = next((i.src for i in st.images if i.src.startswith("/")), _thumb(st))
    desc = esc(_excerpt(st, 160))
    title_html = text(st.title, nfd=bool(st.opts.get("nfd")))  # a DB field: only A4's paste is NFD
    head = f"""<meta name="description" content="{desc}">
<link rel="canonical" href="{canonical}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(st.title)}">
<meta property="og:description" content="{desc}">
<meta property="og:image" content="{base}{first_img}">
<meta property="og:url" content="{canonical}">
<meta property="article:published_time" content="{z(created)}">
<meta property="article:modified_time" content="{z(updated)}">"""
    sapo = f'<div class="mo-ta font-weight-bold mb-3">{_t(st, st.summary)}</div>' if st.sapo_outside else ""
    tags = "".join(f'<span class="badge badge-secondary mr-1">{esc(t)}</span>' for t in st.opts.get("tags", []))
    if st.cat in LQ_CATS:
        rel_title, rel = "TIN LIÊN QUAN", [(s, clean_path(s) + "?src=lq") for s in related(st)]
    else:
        rel_title = "CÁC THÔNG BÁO KHÁC" if st.cat == "thong-bao" else "CÁC TIN KHÁC"
        rel = [(s, clean_path(s)) for s in others(st)]
    rel_html = "".join(
        f'<li><i class="fa fa-angle-right"></i> <a href="{href}">{esc(s.title)}</a> '
        f'<span class="small text-muted">({_when(s).strftime("%d/%m/%Y")})</span></li>'
        for s, href in rel
    )
    crumbs = [(CATS[st.cat], ROOT + "/thong-bao")] if st.cat == "thong-bao" else [
        ("Tin tức", ROOT + "/tin-tuc"), (CATS[st.cat], f"{ROOT}/danh-muc/{st.cat}")]
    main = f"""
<article class="bv-ct" data-post-id="{st.id}" id="bv-{st.id}">
 <h1 class="tt-bv">{title_html}</h1>
 <div class="tt-bv__meta small text-muted mb-2">
  {meta_date}
  <span class="mr-3"><i class="fa fa-user-edit"></i> Người đăng: {esc(st.opts["poster"])}</span>
  <span><i class="fa fa-eye"></i> {st.views()} lượt xem</span>
 </div>
 {sapo}
 <div class="nd-bv ql-editor">
{render_body(st)}
 </div>
 <div class="cta-app-trong-bai alert alert-info small mt-3">
  <p class="mb-1"><b>Quý phụ huynh lưu ý:</b> Để nhận thông báo của nhà trường sớm nhất, vui lòng tải ứng dụng eNetViet và đăng nhập bằng số điện thoại đã đăng ký với giáo viên chủ nhiệm.</p>
  <a href="enetviet://tin-tuc/{st.id}">Mở trong ứng dụng</a>
 </div>
 <div class="danh-gia-bv small">Bài viết có hữu ích không? <button class="btn btn-sm btn-light">👍 Có</button> <button class="btn btn-sm btn-light">👎 Không</button></div>
 <div class="tu-khoa mt-2"><i class="fa fa-tags"></i> Từ khóa: {tags}</div>
 <div class="cong-cu-bv mt-2">
  <a href="javascript:window.print()" class="btn btn-sm btn-outline-secondary"><i class="fa fa-print"></i> In bài</a>
  <a href="https://www.facebook.com/sharer/sharer.php?u={quote(canonical, safe="")}" target="_blank" class="btn btn-sm btn-primary"><i class="fab fa-facebook-f"></i> Chia sẻ</a>
  <div class="zalo-share-button d-inline-block" data-href="{canonical}" data-oaid="579745863508352884" data-layout="1"></div>
  <button class="btn btn-sm btn-light" data-clipboard-text="{canonical}?utm_source=copylink"><i class="fa fa-link"></i> Sao chép liên kết</button>
 </div>
 <div class="tin-lq mt-4"><h3 class="h6 tieu-de-khoi"><span>{rel_title}</span></h3><ul class="list-unstyled">{rel_html}</ul></div>
</article>"""
    state = {
        "id": st.id,
        "tieu_de": st.title,
        "danh_muc_id": list(CATS).index(st.cat) + 1,
        "created_at": z(created),
        "updated_at": z(updated),
        "trang_thai": 1,
    }
    script = f"<script>window.__BAI_VIET__ = {json.dumps(state, ensure_ascii=False)};</script>"
    return page(request, f"{st.title} - Trường THCS Lê Lợi", main, head=head, crumbs=crumbs, script=script)


def api_news(request: Request) -> Response:
    cur = _page_no(request)
    limit = request.params.get("limit", str(PER_LIST))
    per = int(limit) if limit.isdigit() and 0 < int(limit) <= 20 else PER_LIST
    chunk = NEWS[(cur - 1) * per : cur * per]
    last = (len(NEWS) + per - 1) // per
    data = {
        "current_page": cur,
        "last_page": last,
        "per_page": per,
        "next_page_url": f"{API}?page={cur + 1}&limit={per}" if cur < last else None,
        "data": [
            {
                "id": s.id,
                "tieu_de": s.title,
                "slug": s.slug,
                "url": clean_path(s),
                "anh_dai_dien": _thumb(s),
                "mo_ta": _excerpt(s),
                "thoi_gian": _ago(_when(s)),
                "created_at": _at(s.opts.get("created", s.opts["at"])).astimezone(UTC).strftime(
                    "%Y-%m-%dT%H:%M:%S.000000Z"),
            }
            for s in chunk
        ],
    }
    return Response(200, json.dumps(data, ensure_ascii=False), {"Content-Type": "application/json"})


def intro(request: Request) -> Response:
    main = """
<div class="trang-tinh">
<h1 class="tt-bv">Giới thiệu chung</h1>
<h2 class="h5">Lịch sử hình thành và phát triển</h2>
<p>Trường THCS Lê Lợi được thành lập năm 1976, tiền thân là Trường cấp II Lê Lợi thuộc thị xã Vinh. Trải qua gần 50 năm xây dựng và trưởng thành, nhà trường luôn là một trong những đơn vị dẫn đầu về chất lượng giáo dục của địa phương.</p>
<p>Năm học 2026 - 2027, nhà trường có 31 lớp với 1.236 học sinh; 68 cán bộ, giáo viên, nhân viên, trong đó 100% giáo viên đạt chuẩn trình độ đào tạo, 41% trên chuẩn. Trường đạt chuẩn quốc gia mức độ 2 và kiểm định chất lượng giáo dục cấp độ 3.</p>
<h2 class="h5" id="co-cau-to-chuc">Cơ cấu tổ chức</h2>
<table class="table table-bordered table-sm"><thead><tr><th>Họ và tên</th><th>Chức vụ</th><th>Điện thoại</th></tr></thead><tbody>
<tr><td>Nguyễn Đình Phúc</td><td>Hiệu trưởng</td><td>0912 345 218</td></tr>
<tr><td>Nguyễn Thị Minh Nguyệt</td><td>Phó Hiệu trưởng</td><td>0983 221 467</td></tr>
<tr><td>Trần Quốc Việt</td><td>Phó Hiệu trưởng</td><td>0904 118 092</td></tr>
</tbody></table>
<p>Các tổ chuyên môn: Tổ Ngữ văn; Tổ Toán - Tin; Tổ Khoa học tự nhiên; Tổ Khoa học xã hội; Tổ Ngoại ngữ; Tổ Nghệ thuật - Thể chất; Tổ Văn phòng.</p>
</div>"""
    return page(request, "Giới thiệu - Trường THCS Lê Lợi", main, crumbs=[("Giới thiệu", None)])


def contact(request: Request) -> Response:
    main = f"""
<h1 class="tt-bv">Liên hệ</h1>
<div class="row"><div class="col-md-6">
<p><b>TRƯỜNG THCS LÊ LỢI</b></p>
<p>Địa chỉ: Số 18, đường Lê Hồng Phong, phường Thành Vinh, tỉnh Nghệ An</p>
<p>Điện thoại: 0238 3 842 615 – Email: c2leloi.thanhvinh@nghean.edu.vn</p>
<iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12!1m3!1d3779.6!2d105.68!3d18.67" width="100%" height="240" style="border:0" loading="lazy"></iframe>
</div><div class="col-md-6">
<form method="post" action="{ROOT}/lien-he" class="form-lien-he">
<input type="hidden" name="_token" value="{_token('lien-he')}">
<div class="form-group"><input class="form-control" name="ho_ten" placeholder="Họ và tên (*)" required></div>
<div class="form-group"><input class="form-control" name="dien_thoai" placeholder="Số điện thoại (*)" required></div>
<div class="form-group"><input class="form-control" type="email" name="email" placeholder="Email"></div>
<div class="form-group"><textarea class="form-control" name="noi_dung" rows="4" placeholder="Nội dung (*)" required></textarea></div>
<button class="btn btn-primary" type="submit">Gửi liên hệ</button>
</form></div></div>"""
    return page(request, "Liên hệ - Trường THCS Lê Lợi", main, crumbs=[("Liên hệ", None)])


def docs_list(request: Request) -> Response:
    rows = "".join(
        f'<tr><td>{esc(d["so"])}</td><td><a href="{ROOT}/van-ban/{did}">{esc(d["ten"])}</a></td>'
        f'<td>{d["loai"]}</td><td>{d["ngay"]}</td></tr>'
        for did, d in DOCS.items()
    )
    main = (
        '<div class="tieu-de-khoi"><h1 class="h4"><span>VĂN BẢN</span></h1></div>'
        '<table class="table table-bordered table-sm"><thead><tr><th>Số/Ký hiệu</th><th>Trích yếu</th>'
        f"<th>Loại</th><th>Ngày ban hành</th></tr></thead><tbody>{rows}</tbody></table>"
    )
    return page(request, "Văn bản - Trường THCS Lê Lợi", main, crumbs=[("Văn bản", None)])


def doc_page(request: Request, did: int) -> Response:
    d = DOCS[did]
    pdf = f"/storage/files/truong/{SID}/van-ban/{did}/{d['file']}"
    main = f"""
<div class="chi-tiet-vb">
<h1 class="tt-bv h4">{esc(d["ten"])}</h1>
<table class="table table-bordered table-sm"><tbody>
<tr><th style="width:30%">Số/Ký hiệu</th><td>{esc(d["so"])}</td></tr>
<tr><th>Loại văn bản</th><td>{d["loai"]}</td></tr>
<tr><th>Ngày ban hành</th><td>{d["ngay"]}</td></tr>
<tr><th>Người ký</th><td>{esc(d["ky"])}</td></tr>
<tr><th>Trích yếu</th><td>{esc(d["ten"])}</td></tr>
<tr><th>Tệp đính kèm</th><td><a href="{pdf}" target="_blank"><i class="fa fa-file-pdf text-danger"></i> {d["file"]}</a></td></tr>
</tbody></table>
<iframe src="{pdf}" width="100%" height="600"></iframe>
</div>"""
    return page(request, f"{d['ten']} - Trường THCS Lê Lợi", main, crumbs=[("Văn bản", ROOT + "/van-ban"), (d["so"], None)])


ALBUM = "/thu-vien-anh/52-le-khai-giang-nam-hoc-2026-2027"
VIDEO = "/video/17-tiet-muc-van-nghe-chao-mung-ngay-nha-giao-viet-nam-20-11"


def albums(request: Request) -> Response:
    main = f"""
<div class="tieu-de-khoi"><h1 class="h4"><span>ALBUM ẢNH</span></h1></div>
<div class="row"><div class="col-md-4"><div class="card"><a href="{ROOT}{ALBUM}"><img class="card-img-top" src="{UP}/album/52/cover.jpg" alt=""></a>
<div class="card-body p-2"><a href="{ROOT}{ALBUM}">Lễ khai giảng năm học 2026 - 2027</a><div class="small text-muted">24 ảnh</div></div></div></div></div>"""
    return page(request, "Album ảnh - Trường THCS Lê Lợi", main, crumbs=[("Thư viện ảnh", None)])


def album(request: Request) -> Response:
    caps = [
        "Lễ chào cờ khai giảng năm học mới",
        "Thầy Hiệu trưởng đánh trống khai trường",
        "Học sinh lớp 6 bước vào năm học đầu cấp",
        "Tiết mục văn nghệ chào mừng",
    ]
    photos = "".join(
        f'<div class="col-6 col-md-3 mb-3"><a href="{UP}/album/52/{i + 1:02d}.jpg" data-fancybox="album-52" '
        f'data-caption="{esc(c)}"><img src="{UP}/album/52/thumb_{i + 1:02d}.jpg" class="img-fluid" alt="{esc(c)}"></a></div>'
        for i, c in enumerate(caps)
    )
    main = f"""
<h1 class="tt-bv">Lễ khai giảng năm học 2026 - 2027</h1>
<div class="small text-muted mb-2">Ngày tạo: 05/09/2026 · 24 ảnh</div>
<div class="row album-anh">{photos}</div>"""
    return page(request, "Lễ khai giảng năm học 2026 - 2027 - Thư viện ảnh", main,
                crumbs=[("Thư viện ảnh", ROOT + "/thu-vien-anh"), ("Lễ khai giảng năm học 2026 - 2027", None)])


def video(request: Request) -> Response:
    main = """
<h1 class="tt-bv">Tiết mục văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11</h1>
<div class="small text-muted mb-2">21/11/2026 · 356 lượt xem</div>
<div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" src="https://www.youtube.com/embed/x7Lq2mVb0Rk" allowfullscreen></iframe></div>
<p class="mt-2">Tiết mục múa “Bụi phấn” do tập thể học sinh lớp 8A biểu diễn tại Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam.</p>"""
    return page(request, "Video - Trường THCS Lê Lợi", main, crumbs=[("Video", None)])


def search(request: Request) -> Response:
    q = request.params.get("tu_khoa", "").strip()
    if not q:
        inner = '<p class="text-muted">Vui lòng nhập từ khóa cần tìm.</p>'
    else:
        hits = [s for s in NEWS + NOTICES if q.lower() in s.title.lower()]
        inner = f'<p>Tìm thấy {len(hits)} kết quả cho “{esc(q)}”</p><div class="row ds-tin">{"".join(_card(s) for s in hits[:6])}</div>'
    main = f'<div class="tieu-de-khoi"><h1 class="h4"><span>TÌM KIẾM</span></h1></div>{inner}'
    return page(request, "Tìm kiếm - Trường THCS Lê Lợi", main, crumbs=[("Tìm kiếm", None)])


PAGE_EXPIRED = (
    "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Page Expired</title></head>"
    '<body><div class="flex-center"><div class="code">419</div><div class="message">Page Expired</div></div></body></html>'
)

_ART = re.compile(re.escape(ROOT) + r"/tin-tuc/(?:(.+)-)?(\d+)")


class Site:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if request.method == "POST":
            if path in (ROOT + "/lien-he", ROOT + "/binh-chon/3"):
                return html(PAGE_EXPIRED, status=419)
            return None
        if path == "/":
            return redirect(START_PATH)
        if path in (ROOT, ROOT + "/"):
            return home(request)
        if path == ROOT + "/tin-tuc":
            return news_list(request)
        if (m := _ART.fullmatch(path)) is not None:
            st = BY_ID.get(int(m.group(2)))
            return article(request, st) if st else None
        if path.startswith(ROOT + "/danh-muc/"):
            cat = path.rsplit("/", 1)[1]
            return cat_list(request, cat) if cat in NEWS_CATS else None
        if path == ROOT + "/thong-bao":
            return board(request)
        if path == ROOT + "/van-ban":
            return docs_list(request)
        if (m := re.fullmatch(re.escape(ROOT) + r"/van-ban/(\d+)", path)) and int(m.group(1)) in DOCS:
            return doc_page(request, int(m.group(1)))
        if path == ROOT + "/thu-vien-anh":
            return albums(request)
        if path == ROOT + ALBUM:
            return album(request)
        if path == ROOT + VIDEO:
            return video(request)
        if path == ROOT + "/gioi-thieu":
            return intro(request)
        if path == ROOT + "/lien-he":
            return contact(request)
        if path == ROOT + "/tim-kiem":
            return search(request)
        if path == API:
            return api_news(request)
        if path.startswith("/storage/files/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path.startswith(("/storage/", "/images/", "/css/", "/js/")) or path == "/favicon.ico":
            return static_file(path)
        return None


def build_site() -> Site:
    return Site()


GOLD = [
    gold_record(st, clean_path(st), CATS[st.cat], canonical_path=clean_path(st), alt_paths=alt_paths(st))
    for st in STORIES
]

NON_ARTICLES = [
    ROOT + "/gioi-thieu",
    ROOT + "/lien-he",
    ROOT + "/van-ban/1189",
    ROOT + "/van-ban/1176",
    ROOT + ALBUM,
    ROOT + VIDEO,
]
