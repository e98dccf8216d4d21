"""Trường THCS Nguyễn Trãi (thị xã Ba Đồn, Quảng Bình) on a Laravel 8 site built by a local
company: Blade templates, Bootstrap 4, Font Awesome 4, class names in an English/Vietnamese mix.

The point of this portal: ARTICLES WHOSE TEXT LOOKS LIKE SOMETHING ELSE. Poems (short centred,
often italic lines, no sentences), interviews (bold questions, "PV:" labels), one- or
two-sentence short news with one photo: all of them are articles.

Platform
--------
A Laravel 8 app (``App\\Http\\Controllers\\PostController``) with Blade layouts. Every page has
the header strip "Thứ Tư, ngày 25 tháng 11 năm 2026" (today, never a publication date), the school
banner, a Bootstrap navbar, a breadcrumb (``ol.breadcrumb``), a right column
(``aside.cot-phai``: "Bài viết mới", the "Góc văn học" teaser with each poem's title and first
line, the "Câu nói hay: …" quote of the day box centred in italics, a tag cloud, a poll and the
counter "Đang online: 6 | Tổng lượt truy cập: 45.210") and a footer with address and phone.
The home page has a Bootstrap carousel.

Two article templates (``resources/views/post/show.blade.php`` and ``post/tho.blade.php``)::

    <article class="bai-viet">                       (news, interviews, short news)
      <h1 class="post-title">…</h1>
      <div class="post-meta"><span><i class="fa fa-calendar"></i> 18/11/2026</span>
        <span><i class="fa fa-clock-o"></i> 07:45</span> <span><i class="fa fa-eye"></i> 312</span></div>
      [<div class="post-sapo">…</div>]               (a separate sapo on some posts)
      <div class="post-content"> CKEditor HTML </div>
    </article>

    <article class="bai-viet bai-tho">               (Góc văn học)
      <h1 class="post-title">…</h1>
      <p class="ngay-dang">Đăng ngày 18 tháng 11, 2026</p>
      <div class="post-content noi-dung-tho"> CKEditor HTML </div>
    </article>

After the article: share buttons (Facebook, Zalo, print, e-mail) and "Bài viết cùng chuyên mục"
(the four newest other posts of the category).

URL scheme
----------
- ``/`` home (carousel + "Tin mới nhất" with links ``/bai-viet/<slug>.html?ref=home`` + one block
  per category).
- ``/chuyen-muc/<slug>`` and ``/chuyen-muc/<slug>?page=<n>``: listings, Laravel's
  ``paginate(6)`` and its Bootstrap 4 paginator markup (``ul.pagination``, "‹" "›", numbers,
  absolute URLs, page 1 as ``?page=1``). ``/chuyen-muc/tin-tuc`` ("Tin tức") lists every post
  (13: three pages). The "Góc văn học" category uses the poem-card view, whose controller
  paginates by 3 (a poem card prints four lines), so its list has a page 2. A page past the last
  answers 200 with "Chưa có bài viết nào." as Laravel's paginator does.
- ``/bai-viet/<slug>.html`` (canonical), ``/bai-viet/<slug>.html?ref=home`` (the home page's
  links; same page, canonical link to the clean form), ``/bai-viet/<id>`` (numeric id, linked
  by the "Bài viết mới" widget) answers 301 to the slug form.
- ``/gioi-thieu``, ``/tap-the-su-pham`` (teacher cards), ``/lien-he``, ``/thu-vien-anh`` and
  ``/thu-vien-anh/<album>`` (photo album), ``/tim-kiem?q=<word>`` (search results, linked from the
  tag cloud), ``/storage/files/<file>.pdf`` (documents linked in a post).
- Uploads under ``/storage/uploads/2026/11/…``; theme under ``/frontend/…``.

How each gold article is reached
--------------------------------
Home page (6 newest, carousel of 3), the category listings, ``/chuyen-muc/tin-tuc`` pages 1-3 (the
oldest posts only on pages 2 and 3), the "Bài viết mới" widget (through the 301 id links), the
"Góc văn học" teaser, related lists, and the search page for poems. The oldest poem is on the
"Góc văn học" list only on its page 2.

Traps
-----
- Poems: one line per ``<p>`` in one poem, one ``<p>`` per stanza with ``<br>`` in another, one
  big ``<p>`` with ``<br><br>`` between stanzas in a third; stanzas separated by ``<p>&nbsp;</p>``;
  centred and often italic lines; an italic dedication line. A photo in the middle of one poem
  (no caption: the centred italic line under it is the next line of the poem), a photo at the top
  of another with the real caption "Ảnh minh họa", a top photo followed directly by a poem line.
- Poem authors right-aligned at the end: "Nguyễn Ngọc Hân – Lớp 8A", "Cô giáo Trần Thị Lệ",
  "Phan Gia Huy – Lớp 9B", "Lê Thị Bảo Ngọc (Lớp 7A)".
- Interviews: bold sapo; "<strong>PV:</strong> …" / "<strong>Em Hoàng Minh Khang:</strong> …"
  paragraphs; in another interview the questions wholly in bold without a label; "Hà Vy (thực
  hiện)" right-aligned at the end. PV is no author.
- Short news: one or two sentences and one photo; still articles.
- A paragraph of mostly links ("Các văn bản liên quan: <a>Kế hoạch số 12</a>, …") is body; a
  "Xem thêm: <a>…</a>" line is not.
- The sidebar teaser repeats the first line of every poem on every page; the quote box is
  centred italic text; neither is article text.
- Same article at ``.html``, ``.html?ref=home`` and ``/bai-viet/<id>`` (301).
- Paginator page 1 is printed as ``?page=1`` (same listing as the bare URL).

Gold decisions
--------------
- title: ``h1.post-title``; published_at: "18/11/2026" + "07:45" -> "2026-11-18T07:45:00+07:00";
  the poem template prints only the day ("Đăng ngày 18 tháng 11, 2026" -> "2026-11-18").
- authors: the right-aligned closing line (name without class, "Cô giáo", "(thực hiện)");
  "Tin, ảnh: Lê Quang Vinh" gives author and photographer; "Ảnh: X" a photographer only.
- summary: the bold sapo of interviews, the ``div.post-sapo`` of one news post; else null.
- body: every poem line one paragraph (``<br>`` lines too), dedication and prose introduction
  included; interview paragraphs with their labels as printed; list items and table rows
  (cells joined by " | ") one paragraph each. Captions, bylines, "Xem thêm", share tools,
  related lists are not body.
- images: photos in the post content in order; caption = figcaption or the line under the photo
  when it is a caption (never a poem line).
- category: the breadcrumb's last section.
"""

from __future__ import annotations

import re

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

NAME = "laravel_vanhoc_thcs"
PLATFORM = "Laravel 8 (Blade, Bootstrap 4) school site by a local vendor"
START_PATH = "/"

SITE_TITLE = "Trường THCS Nguyễn Trãi - Thị xã Ba Đồn"
HEADER_TODAY = "Thứ Tư, ngày 25 tháng 11 năm 2026"
PER_PAGE = 6
POEM_PER_PAGE = 3

CATEGORIES = {
    "tin-nha-truong": "Tin nhà trường",
    "goc-van-hoc": "Góc văn học",
    "guong-mat-tieu-bieu": "Gương mặt tiêu biểu",
    "tin-ngan": "Tin ngắn",
}
ALL_SLUG = "tin-tuc"
TAG_CLOUD = {"tho": "Thơ", "20-11": "20/11", "hoc-sinh-gioi": "Học sinh giỏi", "chuyen-doi-so": "Chuyển đổi số"}


def up(name: str) -> str:
    return f"/storage/uploads/2026/11/{name}"


# --- the posts ----------------------------------------------------------------------------
#
# opts: tpl ("news" | "poem"), time ("HH:MM", news template), intro (listing text).
# P styles: "" justified paragraph, "lead" bold paragraph (sapo), "h" sub-heading, "li" list
# item, "td" table row (cells " | "), "lab" "<strong>Label:</strong> rest", "q" wholly bold
# question, "links" paragraph with anchors (opts["links"]), "ded" italic centred dedication,
# "ci" centred italic poem line, "c" centred poem line, "br" lines of one <br> stanza
# (Raw("") ends a stanza), "big" lines of one big <p> (Raw("STANZA") = <br><br>).
# Img styles: "fig" (figure/figcaption), "em" centred italic line under it, "c" centred plain
# line under it, "none" nothing printed.

SP = Raw('<p>&nbsp;</p>')
STANZA = Raw("STANZA")
ENDBR = Raw("")


def right(line: str) -> Raw:
    return Raw(f'<p style="text-align: right;"><strong>{esc(line)}</strong></p>')


STORIES: list[Story] = [
    # ---- Tin nhà trường -------------------------------------------------------------------
    Story(
        1,
        "le-ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11",
        "Trường THCS Nguyễn Trãi long trọng tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam",
        "tin-nha-truong",
        "2026-11-20T08:30:00+07:00",
        [
            P(
                "Sáng 20/11, tại sân trường, Liên đội Trường THCS Nguyễn Trãi phối hợp với Ban đại diện cha mẹ "
                "học sinh tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam với sự tham dự của đại diện lãnh đạo "
                "Phòng GD&ĐT thị xã Ba Đồn, UBND phường Quảng Thọ cùng toàn thể cán bộ, giáo viên và hơn 900 "
                "học sinh nhà trường."
            ),
            Img(up("ky-niem-20-11-1.jpg"), "Quang cảnh buổi lễ kỷ niệm", "Quang cảnh buổi lễ kỷ niệm", "fig"),
            P(
                "Phát biểu tại buổi lễ, thầy Hoàng Văn Sơn, Hiệu trưởng nhà trường, điểm lại chặng đường "
                "phát triển của nhà trường và những kết quả nổi bật của năm học 2025-2026: 38 học sinh đạt giải "
                "học sinh giỏi cấp thị xã, 9 học sinh đạt giải cấp tỉnh; 100% học sinh lớp 9 tốt nghiệp THCS."
            ),
            P(
                "Thay mặt các thế hệ học trò, em Nguyễn Ngọc Hân, lớp 8A, gửi lời tri ân sâu sắc đến các thầy "
                "cô giáo và đọc bài thơ “Người lái đò thầm lặng” do em sáng tác nhân dịp này."
            ),
            Img(
                up("ky-niem-20-11-2.jpg"),
                "Học sinh tặng hoa chúc mừng các thầy cô giáo",
                "Học sinh tặng hoa chúc mừng các thầy cô giáo",
                "fig",
            ),
            P(
                "Dịp này, nhà trường khen thưởng 12 giáo viên có thành tích xuất sắc trong phong trào thi đua "
                "“Dạy tốt - Học tốt” và trao 20 suất học bổng “Vượt khó học tốt” cho các em học sinh có hoàn "
                "cảnh khó khăn."
            ),
            P(
                "Buổi lễ khép lại bằng chương trình văn nghệ đặc sắc do học sinh các khối lớp biểu diễn, để lại "
                "nhiều cảm xúc cho thầy cô và các bậc phụ huynh."
            ),
            Raw(
                '<p><em>Xem thêm: <a href="/bai-viet/hoc-sinh-nguyen-trai-tham-gia-hoi-thi-van-nghe-chao-mung-20-11.html">'
                "Học sinh Nguyễn Trãi tham gia hội thi văn nghệ chào mừng 20/11</a></em></p>"
            ),
            right("Tin, ảnh: Lê Quang Vinh"),
        ],
        authors=["Lê Quang Vinh"],
        photographers=["Lê Quang Vinh"],
        summary=(
            "Hòa chung không khí cả nước hướng về Ngày Nhà giáo Việt Nam, sáng 20/11/2026, Trường THCS Nguyễn "
            "Trãi tổ chức Lễ kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2026)."
        ),
        sapo_outside=True,
        opts={"tpl": "news", "time": "08:30"},
    ),
    Story(
        2,
        "trien-khai-ke-hoach-chuyen-doi-so-nam-hoc-2026-2027",
        "Triển khai kế hoạch chuyển đổi số năm học 2026-2027",
        "tin-nha-truong",
        "2026-11-09T15:10:00+07:00",
        [
            P(
                "Chiều 07/11/2026, Trường THCS Nguyễn Trãi tổ chức hội nghị triển khai kế hoạch chuyển đổi số "
                "năm học 2026-2027 cho toàn thể cán bộ, giáo viên, nhân viên."
            ),
            P(
                "Các văn bản liên quan: Kế hoạch số 12, Công văn số 345, Hướng dẫn số 7.",
                "links",
            ),
            P("Nhiệm vụ trọng tâm", "h"),
            P("100% giáo viên sử dụng sổ điểm điện tử và học bạ số từ học kỳ I.", "li"),
            P("Cập nhật đầy đủ dữ liệu học sinh lên cơ sở dữ liệu ngành trước ngày 30/11/2026.", "li"),
            P("Mỗi tổ chuyên môn xây dựng ít nhất 10 bài giảng điện tử đưa lên kho học liệu số.", "li"),
            P("Triển khai thu học phí không dùng tiền mặt qua ứng dụng ngân hàng.", "li"),
            P("Lịch tập huấn", "h"),
            P("Ngày | Nội dung | Người phụ trách", "td"),
            P("14/11/2026 | Sổ điểm điện tử, học bạ số | Thầy Trần Minh Đức", "td"),
            P("21/11/2026 | Thiết kế bài giảng điện tử | Cô Võ Thị Thu Hà", "td"),
            P(
                "Hội nghị thống nhất giao Tổ Tin học làm đầu mối hỗ trợ kỹ thuật; kết quả thực hiện được đánh "
                "giá vào cuối mỗi tháng trong buổi họp hội đồng sư phạm."
            ),
        ],
        # (the helper's gold gave source "Phòng GD&ĐT thị xã Ba Đồn", but the page prints no source
        # line: removed after the first crawl, the gold follows the page)
        opts={
            "tpl": "news",
            "time": "15:10",
            "links": {
                "Kế hoạch số 12": "/storage/files/ke-hoach-12-kh-thcsnt.pdf",
                "Công văn số 345": "/storage/files/cong-van-345-pgddt.pdf",
                "Hướng dẫn số 7": "/storage/files/huong-dan-7-cds.pdf",
            },
        },
    ),
    Story(
        3,
        "ket-qua-thi-chon-hoc-sinh-gioi-cap-truong-lop-9",
        "Kết quả kỳ thi chọn học sinh giỏi cấp trường lớp 9 năm học 2026-2027",
        "tin-nha-truong",
        "2026-10-26T10:20:00+07:00",
        [
            P(
                "Ngày 24/10/2026, Trường THCS Nguyễn Trãi tổ chức kỳ thi chọn học sinh giỏi cấp trường lớp 9 "
                "với 126 lượt học sinh dự thi ở 8 môn văn hóa."
            ),
            P(
                "Kỳ thi được tổ chức nghiêm túc, đúng quy chế. Đề thi do các tổ chuyên môn ra, bám sát cấu trúc "
                "đề thi cấp thị xã, có tính phân hóa cao."
            ),
            P("Học sinh đạt điểm cao nhất các môn:", ""),
            P("Môn | Họ và tên | Lớp | Điểm", "td"),
            P("Ngữ văn | Nguyễn Ngọc Hân | 9A | 17,5", "td"),
            P("Toán | Hoàng Minh Khang | 9B | 19,0", "td"),
            P("Tiếng Anh | Đặng Thùy Linh | 9A | 18,25", "td"),
            P("Khoa học tự nhiên | Phan Gia Huy | 9B | 16,75", "td"),
            P(
                "Nhà trường chọn 45 em vào đội tuyển, bắt đầu bồi dưỡng từ ngày 02/11/2026 để chuẩn bị cho kỳ "
                "thi học sinh giỏi cấp thị xã vào tháng 01/2027."
            ),
            right("Tin: Trần Minh Đức - Phó Hiệu trưởng"),
        ],
        authors=["Trần Minh Đức"],
        opts={"tpl": "news", "time": "10:20"},
    ),
    # ---- Góc văn học ----------------------------------------------------------------------
    Story(
        4,
        "nguoi-lai-do-tham-lang",
        "Người lái đò thầm lặng",
        "goc-van-hoc",
        "2026-11-18",
        [
            P("Kính tặng thầy cô nhân ngày 20/11", "ded"),
            P("Có người lái đò không trên sông", "ci"),
            P("Con đò chở chữ sang bờ ước mơ", "ci"),
            P("Sáng nay nắng trải sân thơ", "ci"),
            P("Thầy đứng bên bảng, tóc chờ sợi sương", "ci"),
            SP,
            P("Bao mùa phượng đỏ sân trường", "ci"),
            P("Bao lớp học trò đã thương một lời", "ci"),
            P("Phấn bay trắng cả khoảng trời", "ci"),
            P("Cô ngồi chấm bài đêm vời vợi trăng", "ci"),
            Img(up("tho-nguoi-lai-do.jpg"), None, None, "none"),
            P("Con đò cứ chở lặng thầm", "ci"),
            P("Qua bao bến nước, bao năm tháng dài", "ci"),
            P("Chúng em khôn lớn mai này", "ci"),
            P("Vẫn nhìn về phía bóng thầy bên sông", "ci"),
            SP,
            P("Hôm nay em giữ trong lòng", "ci"),
            P("Một bông hoa đỏ, ngàn mong ước hiền", "ci"),
            P("Kính dâng thầy cô lời nguyền", "ci"),
            P("Học cho thật giỏi, đáp đền công ơn.", "ci"),
            Raw('<p style="text-align: right;"><strong><em>Nguyễn Ngọc Hân – Lớp 8A</em></strong></p>'),
        ],
        authors=["Nguyễn Ngọc Hân"],
        opts={"tpl": "poem"},
    ),
    Story(
        5,
        "mua-dong-tren-que-huong-ba-don",
        "Mùa đông trên quê hương Ba Đồn",
        "goc-van-hoc",
        "2026-11-12",
        [
            Img(up("mua-dong-ba-don.jpg"), "Ảnh minh họa", "Ảnh minh họa", "em"),
            P("Gió mùa về ngang sông Gianh", "br"),
            P("Lạnh se sắt mái nhà tranh bên đồi", "br"),
            P("Mẹ ngồi vá áo đơn côi", "br"),
            P("Lửa hồng bếp nhỏ ấm lời ru xưa", "br"),
            ENDBR,
            P("Chợ Ba Đồn sáng giăng mưa", "br"),
            P("Người đi kẽo kẹt gánh chưa kịp về", "br"),
            P("Nón nghiêng che ngọn gió quê", "br"),
            P("Tiếng rao bánh đúc thắm hề tình thương", "br"),
            ENDBR,
            P("Học trò đội rét đến trường", "br"),
            P("Bàn tay tím ngắt vẫn vương mực tà", "br"),
            P("Mùa đông dù có đi qua", "br"),
            P("Tình quê vẫn ấm như là lửa reo.", "br"),
            ENDBR,
            Raw('<p style="text-align: right;">Cô giáo Trần Thị Lệ</p>'),
        ],
        authors=["Trần Thị Lệ"],
        opts={"tpl": "poem"},
    ),
    Story(
        6,
        "tuoi-muoi-lam",
        "Tuổi mười lăm",
        "goc-van-hoc",
        "2026-11-04",
        [
            Img(up("tuoi-muoi-lam.jpg"), None, None, "none"),
            P("Tuổi mười lăm như nắng đầu ngày", "big"),
            P("Vừa chớm ấm đã vội bay khắp ngõ", "big"),
            P("Bạn bè ơi, những chiều lộng gió", "big"),
            P("Ta thả diều trên bãi cát sông quê", "big"),
            STANZA,
            P("Tuổi mười lăm có những lần giận dỗi", "big"),
            P("Rồi ngồi chung một chiếc ghế sau giờ", "big"),
            P("Trang lưu bút còn thơm mùi giấy mới", "big"),
            P("Chép cho nhau những câu hát ngây thơ", "big"),
            STANZA,
            P("Mai xa rồi, mái trường ơi nhớ mãi", "big"),
            P("Tiếng trống trường giục giã mỗi sớm mai", "big"),
            P("Tuổi mười lăm chẳng bao giờ trở lại", "big"),
            P("Nên hôm nay ta sống hết mình đi!", "big"),
            right("Phan Gia Huy – Lớp 9B"),
        ],
        authors=["Phan Gia Huy"],
        opts={"tpl": "poem"},
    ),
    Story(
        7,
        "bai-tho-me-va-ruong-lua",
        "Bài thơ “Mẹ và ruộng lúa” của em Lê Thị Bảo Ngọc",
        "goc-van-hoc",
        "2026-10-20",
        [
            P(
                "Nhân kỷ niệm 96 năm Ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam (20/10/1930 - 20/10/2026), "
                "Câu lạc bộ Văn học của nhà trường tổ chức cuộc thi sáng tác thơ với chủ đề “Mẹ của em”. Cuộc "
                "thi nhận được 57 bài dự thi của học sinh bốn khối lớp."
            ),
            P(
                "Ban biên tập xin giới thiệu bài thơ đạt giải Nhất của em Lê Thị Bảo Ngọc, lớp 7A. Bài thơ "
                "giản dị, chân thành, gợi lên hình ảnh người mẹ tảo tần trên cánh đồng quê Quảng Bình."
            ),
            P("Mẹ và ruộng lúa", "c"),
            P("Mẹ ra đồng từ khi trời còn tối", "c"),
            P("Sương đọng vai gầy, ướt cả chân mây", "c"),
            P("Ruộng lúa xanh như tóc mẹ ngày nào", "c"),
            P("Giờ bạc trắng theo từng mùa gặt hái", "c"),
            SP,
            P("Con lớn lên từ hạt gạo mẹ trồng", "c"),
            P("Từ giọt mồ hôi rơi trên luống cấy", "c"),
            P("Mẹ chẳng nói một lời yêu thương ấy", "c"),
            P("Mà bát cơm thơm đã nói thay rồi.", "c"),
            right("Lê Thị Bảo Ngọc (Lớp 7A)"),
        ],
        authors=["Lê Thị Bảo Ngọc"],
        opts={"tpl": "poem"},
    ),
    # ---- Gương mặt tiêu biểu --------------------------------------------------------------
    Story(
        8,
        "hoang-minh-khang-guong-mat-hoc-sinh-gioi-toan",
        "Hoàng Minh Khang - cậu học trò say mê những con số",
        "guong-mat-tieu-bieu",
        "2026-11-16T09:00:00+07:00",
        [
            P(
                "Giải Nhất học sinh giỏi cấp tỉnh môn Toán lớp 8, Huy chương Bạc cuộc thi Toán quốc tế Châu Á "
                "Thái Bình Dương: đó là thành tích đáng nể của em Hoàng Minh Khang, học sinh lớp 9B Trường THCS "
                "Nguyễn Trãi.",
                "lead",
            ),
            Img(
                up("hoang-minh-khang.jpg"),
                "Em Hoàng Minh Khang trong giờ học tại thư viện nhà trường",
                "Em Hoàng Minh Khang trong giờ học tại thư viện nhà trường",
                "em",
            ),
            P("PV: Em có thể chia sẻ vì sao em yêu thích môn Toán không?", "lab"),
            P(
                "Em Hoàng Minh Khang: Dạ, từ nhỏ em đã thích đếm mọi thứ. Em thấy mỗi bài toán như một câu đố, "
                "khi tìm ra lời giải em rất vui và muốn thử những bài khó hơn nữa.",
                "lab",
            ),
            P("PV: Một ngày học của em diễn ra như thế nào?", "lab"),
            P(
                "Em Hoàng Minh Khang: Dạ, buổi sáng em học trên lớp, buổi chiều em tham gia đội tuyển. Buổi tối "
                "em dành khoảng một tiếng để giải thêm đề, còn lại em đọc sách và chơi cầu lông với bố.",
                "lab",
            ),
            P("PV: Em có lời khuyên gì cho các bạn đang sợ môn Toán?", "lab"),
            P(
                "Em Hoàng Minh Khang: Dạ, các bạn đừng vội học mẹo. Hãy hiểu thật kỹ định nghĩa và làm lại các "
                "bài cơ bản cho đến khi thấy dễ, rồi mới tăng dần độ khó ạ.",
                "lab",
            ),
            P("PV: Cảm ơn em và chúc em đạt kết quả cao trong kỳ thi sắp tới!", "lab"),
            right("Hà Vy (thực hiện)"),
        ],
        authors=["Hà Vy"],
        summary=(
            "Giải Nhất học sinh giỏi cấp tỉnh môn Toán lớp 8, Huy chương Bạc cuộc thi Toán quốc tế Châu Á "
            "Thái Bình Dương: đó là thành tích đáng nể của em Hoàng Minh Khang, học sinh lớp 9B Trường THCS "
            "Nguyễn Trãi."
        ),
        opts={"tpl": "news", "time": "09:00"},
    ),
    Story(
        9,
        "dang-thuy-linh-va-hanh-trinh-chinh-phuc-tieng-anh",
        "Đặng Thùy Linh và hành trình chinh phục tiếng Anh",
        "guong-mat-tieu-bieu",
        "2026-10-30T14:25:00+07:00",
        [
            P(
                "Không học trung tâm, không có điều kiện đi nước ngoài, cô học trò lớp 9A Đặng Thùy Linh vẫn "
                "giành giải Nhì học sinh giỏi tiếng Anh cấp tỉnh nhờ phương pháp tự học bền bỉ.",
                "lead",
            ),
            P("Linh bắt đầu học tiếng Anh từ khi nào và nhờ đâu em yêu thích ngôn ngữ này?", "q"),
            P(
                "Em bắt đầu học từ lớp 3 ở trường tiểu học. Hồi đó cô giáo hay cho cả lớp hát bài hát tiếng Anh, "
                "em thấy rất vui nên về nhà em nghe đi nghe lại."
            ),
            Img(
                up("dang-thuy-linh.jpg"),
                "Đặng Thùy Linh nhận giải tại Lễ tổng kết kỳ thi học sinh giỏi cấp tỉnh",
                "Đặng Thùy Linh nhận giải tại Lễ tổng kết kỳ thi học sinh giỏi cấp tỉnh",
                "fig",
            ),
            P("Không đi học thêm ở trung tâm, em tự học bằng cách nào?", "q"),
            P(
                "Em chép mỗi ngày 10 từ mới vào sổ tay, nghe bản tin ngắn trên điện thoại của mẹ và tập nói "
                "một mình trước gương. Cuối tuần em viết một đoạn văn ngắn rồi nhờ cô Thu Hà sửa giúp."
            ),
            P("Ước mơ của em trong thời gian tới là gì?", "q"),
            P(
                "Em mong đỗ vào lớp chuyên Anh của Trường THPT chuyên Võ Nguyên Giáp, sau này trở thành hướng "
                "dẫn viên du lịch để giới thiệu hang động Quảng Bình với bạn bè quốc tế."
            ),
            right("Hà Vy (thực hiện)"),
        ],
        authors=["Hà Vy"],
        summary=(
            "Không học trung tâm, không có điều kiện đi nước ngoài, cô học trò lớp 9A Đặng Thùy Linh vẫn "
            "giành giải Nhì học sinh giỏi tiếng Anh cấp tỉnh nhờ phương pháp tự học bền bỉ."
        ),
        opts={"tpl": "news", "time": "14:25"},
    ),
    Story(
        10,
        "co-giao-nguyen-thi-hong-nhung-20-nam-gieo-chu",
        "Cô giáo Nguyễn Thị Hồng Nhung: 20 năm gieo chữ và gieo tình yêu văn chương",
        "guong-mat-tieu-bieu",
        "2026-10-14T16:40:00+07:00",
        [
            P(
                "Hai mươi năm đứng lớp, cô Nguyễn Thị Hồng Nhung, tổ trưởng Tổ Ngữ văn, đã dìu dắt hàng chục "
                "học sinh đạt giải học sinh giỏi và là người sáng lập Câu lạc bộ Văn học của nhà trường.",
                "lead",
            ),
            P("PV: Điều gì khiến cô gắn bó với nghề dạy học suốt hai mươi năm qua?", "lab"),
            P(
                "Cô Nguyễn Thị Hồng Nhung: Có lẽ là ánh mắt của học trò. Mỗi khi các em đọc một bài thơ mình "
                "viết ra và mắt sáng lên, tôi thấy mọi vất vả đều xứng đáng.",
                "lab",
            ),
            P("PV: Câu lạc bộ Văn học ra đời như thế nào?", "lab"),
            P(
                "Cô Nguyễn Thị Hồng Nhung: Năm 2019, tôi thấy nhiều em viết rất hay nhưng ngại chia sẻ. Tôi đề "
                "xuất với Ban giám hiệu lập câu lạc bộ, mỗi tháng sinh hoạt một lần, bài hay được đăng lên chuyên "
                "mục Góc văn học trên trang web của trường.",
                "lab",
            ),
            Img(
                up("co-hong-nhung.jpg"),
                "Cô Hồng Nhung trong buổi sinh hoạt Câu lạc bộ Văn học",
                "Cô Hồng Nhung trong buổi sinh hoạt Câu lạc bộ Văn học",
                "c",
            ),
            P("PV: Cô mong muốn điều gì ở học trò của mình?", "lab"),
            P(
                "Cô Nguyễn Thị Hồng Nhung: Tôi không mong các em đều trở thành nhà văn. Tôi chỉ mong các em biết "
                "đọc chậm lại, biết xúc động trước một trang sách và sống tử tế với mọi người.",
                "lab",
            ),
            right("Thanh Hương (thực hiện)"),
        ],
        authors=["Thanh Hương"],
        summary=(
            "Hai mươi năm đứng lớp, cô Nguyễn Thị Hồng Nhung, tổ trưởng Tổ Ngữ văn, đã dìu dắt hàng chục "
            "học sinh đạt giải học sinh giỏi và là người sáng lập Câu lạc bộ Văn học của nhà trường."
        ),
        opts={"tpl": "news", "time": "16:40"},
    ),
    # ---- Tin ngắn -------------------------------------------------------------------------
    Story(
        11,
        "hoc-sinh-nguyen-trai-tham-gia-hoi-thi-van-nghe-chao-mung-20-11",
        "Học sinh Nguyễn Trãi tham gia hội thi văn nghệ chào mừng 20/11",
        "tin-ngan",
        "2026-11-17T17:05:00+07:00",
        [
            P(
                "Chiều 16/11, đội văn nghệ của trường giành giải Nhì toàn đoàn tại Hội thi văn nghệ chào mừng "
                "Ngày Nhà giáo Việt Nam do Phòng GD&ĐT thị xã Ba Đồn tổ chức."
            ),
            Img(
                up("van-nghe-20-11.jpg"),
                "Tiết mục múa “Bụi phấn” của học sinh lớp 8A",
                "Tiết mục múa “Bụi phấn” của học sinh lớp 8A",
                "em",
            ),
        ],
        opts={"tpl": "news", "time": "17:05"},
    ),
    Story(
        12,
        "chi-doi-9a-quyen-gop-giay-vun-ung-ho-ban-kho-khan",
        "Chi đội 9A quyên góp 120 kg giấy vụn ủng hộ bạn khó khăn",
        "tin-ngan",
        "2026-11-06T11:15:00+07:00",
        [
            P(
                "Trong tuần qua, Chi đội 9A đã thu gom được 120 kg giấy vụn. Toàn bộ số tiền bán giấy được dùng "
                "mua sách vở tặng hai bạn có hoàn cảnh khó khăn trong lớp."
            ),
            Img(
                up("giay-vun-9a.jpg"),
                "Các bạn Chi đội 9A bên số giấy vụn thu gom được",
                "Các bạn Chi đội 9A bên số giấy vụn thu gom được",
                "fig",
            ),
            right("Thu Trang"),
        ],
        authors=["Thu Trang"],
        opts={"tpl": "news", "time": "11:15"},
    ),
    Story(
        13,
        "truong-tiep-nhan-50-bo-ban-ghe-hoc-sinh",
        "Trường tiếp nhận 50 bộ bàn ghế học sinh",
        "tin-ngan",
        "2026-10-08T07:45:00+07:00",
        [
            P(
                "Sáng 07/10, nhà trường tiếp nhận 50 bộ bàn ghế học sinh do Hội Khuyến học thị xã Ba Đồn trao "
                "tặng, trị giá 75 triệu đồng."
            ),
            Img(
                up("tiep-nhan-ban-ghe.jpg"),
                "Đại diện nhà trường tiếp nhận bàn ghế từ Hội Khuyến học thị xã",
                "Đại diện nhà trường tiếp nhận bàn ghế từ Hội Khuyến học thị xã",
                "c",
            ),
            right("Ảnh: Lê Quang Vinh"),
        ],
        photographers=["Lê Quang Vinh"],
        opts={"tpl": "news", "time": "07:45"},
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
BY_ID = {s.id: s for s in STORIES}


def article_path(story: Story) -> str:
    return f"/bai-viet/{story.slug}.html"


GOLD = [
    gold_record(
        s,
        article_path(s),
        CATEGORIES[s.cat],
        alt_paths=[article_path(s) + "?ref=home"],
    )
    for s in STORIES
]

NON_ARTICLES = [
    "/gioi-thieu",
    "/tap-the-su-pham",
    "/chuyen-muc/goc-van-hoc?page=2",
    "/tim-kiem?q=tho",
    "/thu-vien-anh/le-ky-niem-ngay-nha-giao-2026",
    "/lien-he",
]

ALBUMS = {
    "le-ky-niem-ngay-nha-giao-2026": ("Lễ kỷ niệm Ngày Nhà giáo Việt Nam 20/11/2026", 8),
    "hoi-khoe-phu-dong-cap-truong": ("Hội khỏe Phù Đổng cấp trường", 6),
}


# --- printing -------------------------------------------------------------------------------


def _day(story: Story) -> tuple[int, int, int]:
    y, m, d = (int(x) for x in story.published_at[:10].split("-"))
    return y, m, d


def dmy(story: Story) -> str:
    y, m, d = _day(story)
    return f"{d:02d}/{m:02d}/{y}"


def sorted_posts(stories: list[Story] | None = None) -> list[Story]:
    return sorted(stories or STORIES, key=lambda s: s.published_at, reverse=True)


def first_line(story: Story) -> str:
    lines = [b.text for b in story.blocks if isinstance(b, P) and b.style in ("ci", "c", "br", "big")]
    return lines[0] if lines else ""


def intro(story: Story) -> str:
    if story.summary:
        return story.summary
    first = next(b.text for b in story.blocks if isinstance(b, P))
    return first if len(first) < 160 else first[:157].rsplit(" ", 1)[0] + "…"


def _img(img: Img, alt: str) -> str:
    tag = f'<img class="img-fluid" src="{esc(img.src)}" alt="{esc(alt)}" style="width: 100%;">'
    if img.style == "fig":
        return (
            f'<figure class="image">{tag}<figcaption>{esc(img.printed or "")}</figcaption></figure>'
        )
    if img.style == "em":
        return f'<p style="text-align: center;">{tag}</p>\n<p style="text-align: center;"><em>{esc(img.printed or "")}</em></p>'
    if img.style == "c":
        return f'<p style="text-align: center;">{tag}</p>\n<p style="text-align: center;">{esc(img.printed or "")}</p>'
    return f'<p style="text-align: center;">{tag}</p>'


def _para(story: Story, p: P) -> str:
    t = esc(p.text)
    if p.style == "lead":
        return f"<p><strong>{t}</strong></p>"
    if p.style == "h":
        return f"<h3><strong>{t}</strong></h3>"
    if p.style == "q":
        return f'<p style="text-align: justify;"><strong>{t}</strong></p>'
    if p.style == "lab":
        label, rest = p.text.split(": ", 1)
        return f'<p style="text-align: justify;"><strong>{esc(label)}:</strong> {esc(rest)}</p>'
    if p.style == "links":
        for name, href in story.opts["links"].items():
            t = t.replace(esc(name), f'<a href="{href}" target="_blank">{esc(name)}</a>')
        return f'<p style="text-align: justify;">{t}</p>'
    if p.style == "ded":
        return f'<p style="text-align: center;"><em>{t}</em></p>'
    if p.style == "ci":
        return f'<p style="text-align: center;"><em>{t}</em></p>'
    if p.style == "c":
        return f'<p style="text-align: center;">{t}</p>'
    return f'<p style="text-align: justify;">{t}</p>'


def render_content(story: Story) -> str:
    out: list[str] = []
    blocks = story.blocks
    i = 0
    n_img = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Img):
            n_img += 1
            out.append(_img(b, f"{story.title} {n_img}" if b.style != "none" else ""))
            i += 1
        elif isinstance(b, Raw):
            out.append(b.html)
            i += 1
        elif b.style == "li":
            items = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "li":
                items.append(f"<li>{esc(blocks[i].text)}</li>")
                i += 1
            out.append("<ul>" + "".join(items) + "</ul>")
        elif b.style == "td":
            rows = []
            first = True
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "td":
                cell = "th" if first else "td"
                cells = "".join(f"<{cell}>{esc(c)}</{cell}>" for c in blocks[i].text.split(" | "))
                rows.append(f"<tr>{cells}</tr>")
                first = False
                i += 1
            out.append(
                '<table class="table table-bordered" border="1" cellpadding="4" style="width: 100%;">'
                f"<tbody>{''.join(rows)}</tbody></table>"
            )
        elif b.style == "br":
            lines = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style == "br":
                lines.append(esc(blocks[i].text))
                i += 1
            if i < len(blocks) and isinstance(blocks[i], Raw) and blocks[i].html == "":
                i += 1
            out.append('<p style="text-align: center;"><em>' + "<br>\n".join(lines) + "</em></p>")
        elif b.style == "big":
            parts = []
            while i < len(blocks) and (
                (isinstance(blocks[i], P) and blocks[i].style == "big") or blocks[i] is STANZA
            ):
                parts.append("" if blocks[i] is STANZA else esc(blocks[i].text))
                i += 1
            out.append('<p style="text-align: center;"><em>' + "<br>\n".join(parts) + "</em></p>")
        else:
            out.append(_para(story, b))
            i += 1
    return "\n".join(out)


QUOTE = "Câu nói hay: “Học, học nữa, học mãi.” – V.I. Lênin"


def layout(request: Request, title: str, main: str, crumbs: list[tuple[str, str]] | None = None, head: str = "") -> str:
    base = base_url(request)
    nav = "".join(
        f'<li class="nav-item"><a class="nav-link" href="/chuyen-muc/{k}">{esc(v)}</a></li>'
        for k, v in CATEGORIES.items()
    )
    crumb_html = ""
    if crumbs is not None:
        items = ['<li class="breadcrumb-item"><a href="/"><i class="fa fa-home"></i> Trang chủ</a></li>']
        for label, href in crumbs:
            if href:
                items.append(f'<li class="breadcrumb-item"><a href="{href}">{esc(label)}</a></li>')
            else:
                items.append(f'<li class="breadcrumb-item active" aria-current="page">{esc(label)}</li>')
        crumb_html = f'<nav aria-label="breadcrumb"><ol class="breadcrumb">{"".join(items)}</ol></nav>'
    newest = "".join(
        f'<li><a href="/bai-viet/{s.id}">{esc(s.title)}</a> <small class="text-muted">({dmy(s)})</small></li>'
        for s in sorted_posts()[:5]
    )
    poems = "".join(
        f'<li class="tho-item"><a href="{article_path(s)}">{esc(s.title)}</a>'
        f'<p class="tho-dong-dau"><em>{esc(first_line(s))}…</em></p></li>'
        for s in sorted_posts([p for p in STORIES if p.cat == "goc-van-hoc"])
    )
    cloud = "".join(f'<a class="tag-item" href="/tim-kiem?q={k}">{esc(v)}</a> ' for k, v in TAG_CLOUD.items())
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="csrf-token" content="q8Yw3Fz0kL2mVn7RcT1pXe9uJdHsA4bGiO6yN5Wt">
<title>{esc(title)}</title>
{head}
<link rel="stylesheet" href="/frontend/css/bootstrap.min.css">
<link rel="stylesheet" href="/frontend/css/font-awesome.min.css">
<link rel="stylesheet" href="/frontend/css/style.css?v=1.3.2">
<link rel="icon" href="/favicon.ico">
</head>
<body>
<div class="top-bar"><div class="container d-flex justify-content-between">
<span class="ngay-hien-tai"><i class="fa fa-calendar-o"></i> {HEADER_TODAY}</span>
<span class="top-links"><a href="/lien-he">Liên hệ</a> | <a href="mailto:thcsnguyentrai.bd@quangbinh.edu.vn">Email</a> | <a href="/login">Đăng nhập</a></span>
</div></div>
<header class="site-header"><div class="container">
<a href="/" class="logo"><img src="/frontend/images/logo-nguyen-trai.png" alt="Logo"></a>
<div class="ten-truong"><p class="don-vi">PHÒNG GD&amp;ĐT THỊ XÃ BA ĐỒN</p><h2>TRƯỜNG THCS NGUYỄN TRÃI</h2></div>
</div></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary menu-chinh"><div class="container">
<ul class="navbar-nav">
<li class="nav-item"><a class="nav-link" href="/"><i class="fa fa-home"></i></a></li>
<li class="nav-item"><a class="nav-link" href="/gioi-thieu">Giới thiệu</a></li>
<li class="nav-item"><a class="nav-link" href="/chuyen-muc/{ALL_SLUG}">Tin tức</a></li>
{nav}
<li class="nav-item"><a class="nav-link" href="/tap-the-su-pham">Tập thể sư phạm</a></li>
<li class="nav-item"><a class="nav-link" href="/thu-vien-anh">Thư viện ảnh</a></li>
</ul>
<form class="form-inline" action="/tim-kiem" method="get"><input class="form-control" name="q" placeholder="Tìm kiếm..."><button class="btn" type="submit"><i class="fa fa-search"></i></button></form>
</div></nav>
<div class="container main-wrap">
{crumb_html}
<div class="row">
<div class="col-lg-8 cot-trai">
{main}
</div>
<aside class="col-lg-4 cot-phai">
<div class="widget widget-bai-moi"><h4 class="widget-title">Bài viết mới</h4><ul>{newest}</ul></div>
<div class="widget widget-goc-van-hoc"><h4 class="widget-title">Góc văn học</h4><ul>{poems}</ul></div>
<div class="widget cau-noi-hay"><p style="text-align: center;"><em>{esc(QUOTE)}</em></p></div>
<div class="widget widget-tags"><h4 class="widget-title">Từ khóa</h4>{cloud}</div>
<div class="widget widget-binh-chon"><h4 class="widget-title">Thăm dò ý kiến</h4>
<form action="/binh-chon" method="post"><input type="hidden" name="_token" value="q8Yw3Fz0kL2mVn7RcT1pXe9uJdHsA4bGiO6yN5Wt">
<p>Bạn thấy chuyên mục Góc văn học thế nào?</p>
<label><input type="radio" name="answer" value="1"> Rất hay</label><br>
<label><input type="radio" name="answer" value="2"> Hay</label><br>
<label><input type="radio" name="answer" value="3"> Bình thường</label><br>
<button class="btn btn-sm btn-primary" type="submit">Bình chọn</button></form></div>
<div class="widget widget-lien-ket"><h4 class="widget-title">Liên kết</h4><ul>
<li><a href="https://moet.gov.vn" target="_blank">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://sgddt.quangbinh.gov.vn" target="_blank">Sở GD&amp;ĐT Quảng Bình</a></li>
<li><a href="https://vnedu.vn" target="_blank">Sổ liên lạc điện tử vnEdu</a></li></ul></div>
<div class="widget widget-thong-ke"><h4 class="widget-title">Thống kê truy cập</h4>
<p class="counter">Đang online: 6 | Tổng lượt truy cập: 45.210</p></div>
</aside>
</div></div>
<footer class="site-footer"><div class="container">
<p><strong>TRƯỜNG THCS NGUYỄN TRÃI - THỊ XÃ BA ĐỒN</strong></p>
<p>Địa chỉ: Tổ dân phố 3, phường Quảng Thọ, thị xã Ba Đồn, tỉnh Quảng Bình</p>
<p>Điện thoại: 0232 3512 468 - Email: thcsnguyentrai.bd@quangbinh.edu.vn</p>
<p>Chịu trách nhiệm nội dung: Thầy Hoàng Văn Sơn - Hiệu trưởng</p>
<p class="copyright">© 2026 Trường THCS Nguyễn Trãi. Thiết kế bởi <a href="https://example.invalid/quangbinh-web">QBWeb</a></p>
</div></footer>
<script src="{base}/frontend/js/jquery.min.js"></script>
<script src="{base}/frontend/js/bootstrap.bundle.min.js"></script>
</body></html>"""


def meta_line(story: Story) -> str:
    if story.opts["tpl"] == "poem":
        y, m, d = _day(story)
        return f'<p class="ngay-dang">Đăng ngày {d} tháng {m}, {y}</p>'
    return (
        '<div class="post-meta">'
        f'<span class="mr-3"><i class="fa fa-calendar"></i> {dmy(story)}</span>'
        f'<span class="mr-3"><i class="fa fa-clock-o"></i> {story.opts["time"]}</span>'
        f'<span><i class="fa fa-eye"></i> {story.views()}</span></div>'
    )


def card(story: Story, ref: str = "") -> str:
    thumb = next((img.src for img in story.images), "/frontend/images/no-image.jpg")
    if story.opts["tpl"] == "poem":
        lines = [b.text for b in story.blocks if isinstance(b, P) and b.style in ("ci", "c", "br", "big")][:4]
        text_html = '<p class="tho-trich"><em>' + "<br>".join(esc(x) for x in lines) + "</em></p>"
        date = f'<small class="text-muted">Đăng ngày {dmy(story)}</small>'
    else:
        text_html = f'<p class="card-text">{esc(intro(story))}</p>'
        date = f'<small class="text-muted"><i class="fa fa-calendar"></i> {dmy(story)}</small>'
    href = article_path(story) + ref
    return (
        '<div class="media post-item mb-3">'
        f'<a href="{href}"><img class="mr-3 thumb" src="{thumb}" alt="{esc(story.title)}" width="180"></a>'
        f'<div class="media-body"><h5 class="mt-0"><a href="{href}">{esc(story.title)}</a></h5>'
        f"{date}{text_html}</div></div>"
    )


def paginator(request: Request, path: str, page: int, pages: int) -> str:
    """Laravel 8 ``pagination::bootstrap-4``: absolute URLs, page 1 as ``?page=1``."""
    if pages <= 1:
        return ""
    url = base_url(request) + path
    items = []
    if page == 1:
        items.append(
            '<li class="page-item disabled" aria-disabled="true" aria-label="&laquo; Previous">'
            '<span class="page-link" aria-hidden="true">&lsaquo;</span></li>'
        )
    else:
        items.append(
            f'<li class="page-item"><a class="page-link" href="{url}?page={page - 1}" rel="prev" '
            'aria-label="&laquo; Previous">&lsaquo;</a></li>'
        )
    for n in range(1, pages + 1):
        if n == page:
            items.append(f'<li class="page-item active" aria-current="page"><span class="page-link">{n}</span></li>')
        else:
            items.append(f'<li class="page-item"><a class="page-link" href="{url}?page={n}">{n}</a></li>')
    if page < pages:
        items.append(
            f'<li class="page-item"><a class="page-link" href="{url}?page={page + 1}" rel="next" '
            'aria-label="Next &raquo;">&rsaquo;</a></li>'
        )
    else:
        items.append(
            '<li class="page-item disabled" aria-disabled="true" aria-label="Next &raquo;">'
            '<span class="page-link" aria-hidden="true">&rsaquo;</span></li>'
        )
    return '<nav><ul class="pagination">' + "".join(items) + "</ul></nav>"


def page_number(request: Request) -> int:
    raw = request.params.get("page", "1")
    return int(raw) if raw.isdigit() and int(raw) >= 1 else 1


def category_page(request: Request, key: str) -> Response:
    if key == ALL_SLUG:
        name, posts, per = "Tin tức", sorted_posts(), PER_PAGE
    else:
        name = CATEGORIES[key]
        posts = sorted_posts([s for s in STORIES if s.cat == key])
        per = POEM_PER_PAGE if key == "goc-van-hoc" else PER_PAGE
    page = page_number(request)
    pages = max(1, -(-len(posts) // per))
    chunk = posts[(page - 1) * per : page * per]
    cards = "\n".join(card(s) for s in chunk) or '<p class="text-muted">Chưa có bài viết nào.</p>'
    main = (
        f'<div class="danh-muc"><h3 class="title-cat">{esc(name)}</h3>\n{cards}\n'
        f"{paginator(request, request.path, page, pages)}</div>"
    )
    suffix = f" - Trang {page}" if page > 1 else ""
    return html(layout(request, f"{name}{suffix} | {SITE_TITLE}", main, [(name, "")]))


def related(story: Story) -> str:
    others = [s for s in sorted_posts() if s.cat == story.cat and s is not story][:4]
    items = "".join(
        f'<li><a href="{article_path(s)}">{esc(s.title)}</a> <span class="text-muted">({dmy(s)})</span></li>'
        for s in others
    )
    return f'<div class="bai-lien-quan"><h4 class="title-related">Bài viết cùng chuyên mục</h4><ul>{items}</ul></div>'


def share_tools(request: Request, story: Story) -> str:
    url = base_url(request) + article_path(story)
    return (
        '<div class="share-tools">'
        f'<a class="btn btn-sm btn-facebook" href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank">'
        '<i class="fa fa-facebook"></i> Chia sẻ</a> '
        f'<a class="btn btn-sm btn-zalo" href="https://sp.zalo.me/share_inline?url={url}" target="_blank">Zalo</a> '
        '<a class="btn btn-sm btn-light" href="javascript:window.print()"><i class="fa fa-print"></i> In bài</a> '
        f'<a class="btn btn-sm btn-light" href="mailto:?subject={esc(story.title)}&amp;body={url}">'
        '<i class="fa fa-envelope"></i> Gửi email</a></div>'
    )


def article_page(request: Request, story: Story) -> Response:
    canonical = base_url(request) + article_path(story)
    cat_name = CATEGORIES[story.cat]
    sapo = (
        f'<div class="post-sapo"><strong>{esc(story.summary)}</strong></div>'
        if story.summary and story.sapo_outside
        else ""
    )
    cls = "bai-viet bai-tho" if story.opts["tpl"] == "poem" else "bai-viet"
    content_cls = "post-content noi-dung-tho" if story.opts["tpl"] == "poem" else "post-content"
    main = (
        f'<article class="{cls}">\n<h1 class="post-title">{esc(story.title)}</h1>\n{meta_line(story)}\n{sapo}\n'
        f'<div class="{content_cls}">\n{render_content(story)}\n</div>\n</article>\n'
        f"{share_tools(request, story)}\n{related(story)}"
    )
    head = (
        f'<link rel="canonical" href="{canonical}">\n'
        f'<meta property="og:title" content="{esc(story.title)}">\n'
        f'<meta property="og:url" content="{canonical}">\n'
        f'<meta property="og:description" content="{esc(intro(story))}">'
    )
    crumbs = [(cat_name, f"/chuyen-muc/{story.cat}"), (story.title, "")]
    return html(layout(request, f"{story.title} | {SITE_TITLE}", main, crumbs, head))


def home(request: Request) -> Response:
    posts = sorted_posts()
    slides = []
    for n, s in enumerate([p for p in posts if p.images][:3]):
        active = " active" if n == 0 else ""
        slides.append(
            f'<div class="carousel-item{active}"><a href="{article_path(s)}?ref=home">'
            f'<img class="d-block w-100" src="{s.images[0].src}" alt="{esc(s.title)}"></a>'
            f'<div class="carousel-caption d-none d-md-block"><h5>{esc(s.title)}</h5></div></div>'
        )
    carousel = (
        '<div id="slideHome" class="carousel slide" data-ride="carousel"><div class="carousel-inner">'
        + "".join(slides)
        + '</div><a class="carousel-control-prev" href="#slideHome" role="button" data-slide="prev">'
        '<span class="carousel-control-prev-icon"></span></a><a class="carousel-control-next" '
        'href="#slideHome" role="button" data-slide="next"><span class="carousel-control-next-icon"></span></a></div>'
    )
    latest = "\n".join(card(s, "?ref=home") for s in posts[:PER_PAGE])
    blocks = []
    for key, name in CATEGORIES.items():
        items = "".join(
            f'<li><a href="{article_path(s)}?ref=home">{esc(s.title)}</a></li>'
            for s in sorted_posts([p for p in STORIES if p.cat == key])[:2]
        )
        blocks.append(
            f'<div class="col-md-6 khoi-chuyen-muc"><h4><a href="/chuyen-muc/{key}">{esc(name)}</a></h4><ul>{items}</ul></div>'
        )
    main = (
        f'{carousel}\n<div class="tin-moi"><h3 class="title-cat">Tin mới nhất</h3>\n{latest}\n'
        f'<p class="text-right"><a href="/chuyen-muc/{ALL_SLUG}">Xem tất cả »</a></p></div>\n'
        f'<div class="row">{"".join(blocks)}</div>'
    )
    return html(layout(request, SITE_TITLE, main))


TEACHERS = [
    ("Hoàng Văn Sơn", "Hiệu trưởng", "Toán"),
    ("Trần Minh Đức", "Phó Hiệu trưởng", "Vật lý"),
    ("Nguyễn Thị Hồng Nhung", "Tổ trưởng Tổ Ngữ văn", "Ngữ văn"),
    ("Trần Thị Lệ", "Giáo viên", "Ngữ văn"),
    ("Võ Thị Thu Hà", "Giáo viên", "Tiếng Anh"),
    ("Lê Quang Vinh", "Giáo viên", "Tin học"),
]


def static_page(request: Request, key: str) -> Response:
    if key == "gioi-thieu":
        title = "Giới thiệu"
        main = (
            '<div class="trang-tinh"><h1 class="page-title">Giới thiệu chung</h1>'
            '<p style="text-align: justify;">Trường THCS Nguyễn Trãi được thành lập năm 1996 trên cơ sở tách từ '
            "Trường Phổ thông cơ sở Quảng Thọ. Hiện nay trường có 24 lớp với 912 học sinh, 52 cán bộ, giáo viên, "
            "nhân viên.</p><p style=\"text-align: justify;\">Trường đạt chuẩn quốc gia mức độ 2 năm 2022, nhiều "
            "năm liền được công nhận tập thể lao động xuất sắc.</p>"
            '<p style="text-align: justify;">Sứ mệnh: xây dựng môi trường học tập thân thiện, chất lượng, '
            "giúp mỗi học sinh phát triển toàn diện.</p></div>"
        )
    elif key == "tap-the-su-pham":
        title = "Tập thể sư phạm"
        cards = "".join(
            '<div class="col-md-4"><div class="card giao-vien mb-3">'
            f'<img class="card-img-top" src="/storage/uploads/giao-vien/gv-{i}.jpg" alt="{esc(n)}">'
            f'<div class="card-body"><h5 class="card-title">{esc(n)}</h5>'
            f'<p class="card-text">{esc(role)}<br>Môn: {esc(subject)}</p></div></div></div>'
            for i, (n, role, subject) in enumerate(TEACHERS, 1)
        )
        main = f'<div class="trang-tinh"><h1 class="page-title">Tập thể sư phạm</h1><div class="row">{cards}</div></div>'
    elif key == "lien-he":
        title = "Liên hệ"
        main = (
            '<div class="trang-tinh"><h1 class="page-title">Liên hệ</h1>'
            "<p>Địa chỉ: Tổ dân phố 3, phường Quảng Thọ, thị xã Ba Đồn, tỉnh Quảng Bình</p>"
            "<p>Điện thoại: 0232 3512 468</p>"
            '<form action="/lien-he" method="post"><input type="hidden" name="_token" value="q8Yw3Fz0kL2mVn7RcT1pXe9uJdHsA4bGiO6yN5Wt">'
            '<input class="form-control" name="name" placeholder="Họ và tên"><textarea class="form-control" name="message">'
            '</textarea><button class="btn btn-primary" type="submit">Gửi liên hệ</button></form></div>'
        )
    else:
        title = "Thư viện ảnh"
        albums = "".join(
            f'<div class="col-md-6 album"><a href="/thu-vien-anh/{k}"><img class="img-fluid" '
            f'src="/storage/uploads/album/{k}/anh-1.jpg" alt="{esc(t)}"><h5>{esc(t)}</h5></a><small>{n} ảnh</small></div>'
            for k, (t, n) in ALBUMS.items()
        )
        main = f'<div class="thu-vien"><h1 class="page-title">Thư viện ảnh</h1><div class="row">{albums}</div></div>'
    return html(layout(request, f"{title} | {SITE_TITLE}", main, [(title, "")]))


def album_page(request: Request, key: str) -> Response:
    name, count = ALBUMS[key]
    photos = "".join(
        f'<div class="col-md-3 col-6 mb-3"><a href="/storage/uploads/album/{key}/anh-{i}.jpg" data-fancybox="album">'
        f'<img class="img-fluid" src="/storage/uploads/album/{key}/thumb-{i}.jpg" alt="{esc(name)} {i}"></a></div>'
        for i in range(1, count + 1)
    )
    main = (
        f'<div class="thu-vien"><h1 class="page-title">{esc(name)}</h1>'
        f'<p class="text-muted"><i class="fa fa-calendar"></i> 20/11/2026 - {count} ảnh</p>'
        f'<div class="row">{photos}</div></div>'
    )
    return html(layout(request, f"{name} | {SITE_TITLE}", main, [("Thư viện ảnh", "/thu-vien-anh"), (name, "")]))


def _fold(value: str) -> str:
    import unicodedata

    value = value.replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", value) if not unicodedata.combining(c)).lower()


def search_page(request: Request) -> Response:
    q = request.params.get("q", "").strip()
    needle = _fold(q.replace("-", "/"))
    hits = [s for s in sorted_posts() if needle and (needle in _fold(s.title) or needle in _fold(intro(s)))]
    if q == "tho":
        hits = sorted_posts([s for s in STORIES if s.cat == "goc-van-hoc"])
    cards = "\n".join(card(s) for s in hits) or '<p class="text-muted">Không tìm thấy kết quả phù hợp.</p>'
    main = (
        f'<div class="ket-qua-tim-kiem"><h3 class="title-cat">Kết quả tìm kiếm: “{esc(q)}”</h3>'
        f'<p class="text-muted">Tìm thấy {len(hits)} kết quả</p>\n{cards}</div>'
    )
    return html(layout(request, f"Tìm kiếm: {q} | {SITE_TITLE}", main, [("Tìm kiếm", "")]))


class LaravelSite:
    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith(("/frontend/", "/storage/uploads/")) or path == "/favicon.ico":
            return static_file(path)
        if path.startswith("/storage/files/") and path.endswith(".pdf"):
            return Response(200, PDF, {"Content-Type": "application/pdf"})
        if path == "/":
            return home(request)
        if m := re.fullmatch(r"/chuyen-muc/([a-z0-9-]+)", path):
            if m.group(1) in CATEGORIES or m.group(1) == ALL_SLUG:
                return category_page(request, m.group(1))
            return None
        if m := re.fullmatch(r"/bai-viet/([a-z0-9-]+)\.html", path):
            story = BY_SLUG.get(m.group(1))
            return article_page(request, story) if story else None
        if m := re.fullmatch(r"/bai-viet/(\d+)", path):
            story = BY_ID.get(int(m.group(1)))
            return redirect(base_url(request) + article_path(story), 301) if story else None
        if path in ("/gioi-thieu", "/tap-the-su-pham", "/lien-he", "/thu-vien-anh"):
            return static_page(request, path[1:])
        if m := re.fullmatch(r"/thu-vien-anh/([a-z0-9-]+)", path):
            return album_page(request, m.group(1)) if m.group(1) in ALBUMS else None
        if path == "/tim-kiem":
            return search_page(request)
        if path == "/login":
            return html(layout(request, f"Đăng nhập | {SITE_TITLE}", '<form method="post" action="/login">'
                               '<input name="email"><input type="password" name="password"><button>Đăng nhập</button></form>'))
        return None


def build_site() -> LaravelSite:
    return LaravelSite()
