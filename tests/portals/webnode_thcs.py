"""Webnode 2 site of a lower-secondary school: Trường THCS Nguyễn Bỉnh Khiêm (xã Đông Hòa, Đắk Lắk).

Platform
--------
The hosted builder Webnode ("Webnode 2", the 2017+ editor), free plan: the pages are built from
the builder's sections (``s s-basic``, ``s-w``/``s-o``/``s-c``), content zones (``ez``/``ez-c``)
and blocks (``b b-text``, ``b-img``, ``b-gal``, ``b-file``, ``b-html``), with numbered widget ids
(``wnd_TextBlock_52214``). Blog posts live at ``/l/<slug>/`` whatever blog they belong to; the
school keeps three blogs, each on its own page. Images are served from ``/_files/2000xxxxx-<hash>/``
(optionally a size folder ``200/``, ``450/``, ``700/``) with the site's ``?ph=`` key. The site
language is Vietnamese but Webnode's Czech habits leak through (listing dates "4. 12. 2026",
server time zone Europe/Prague in the metadata).

URL scheme
----------
- ``/``                          home: hero, "Tin mới" blog widget (4 newest of Tin tức),
                                 "Hoạt động chuyên môn" widget (2 newest), a typed "Thông báo" box
- ``/tin-tuc/``, ``/hoat-dong-chuyen-mon/``, ``/thong-bao/``   the three blog pages, 3 posts a
                                 page; the pager is Webnode's "Starší příspěvky" pair localised:
                                 "Bài viết cũ hơn »" / "« Bài viết mới hơn" -> ``?page=N``
- ``/l/<slug>/``                 a blog post (any query string is ignored and serves the post)
- ``/l/<slug>``                  301 to the slash form; an old slug 301s to the new one
- ``/gioi-thieu/``, ``/lien-he/``, ``/van-ban/``, ``/lich-cong-tac/``, ``/thu-vien-anh/``,
  ``/video/``                    ordinary builder pages (not articles)
- ``/search/?text=``             Webnode search (form in the header)
- ``/_files/…``                  images and PDF attachments; ``/robots.txt``, ``/sitemap.xml``
                                 (the builder's sitemap lists the pages only, no posts)

Page templates
--------------
Every page: the free-plan Webnode bar, a header HTML block with today's date ("Thứ Bảy,
05/12/2026"), a scrolling notice, the logo, the menu with drop-downs (``wnd-with-submenu``), the
content sections, then a footer *section made of the same b-text blocks as the posts* (Đọc nhiều,
Liên kết, a visitor counter, a poll, the address), the copyright line and Webnode's cookie bar.
A post page: back link with the blog name, ``h1.b-bd-t``, the date ``04.12.2026``, the optional
perex (``div.b-bd-perex``), the post's blocks (text, images, galleries, files, video), the share
tools, then "Các bài viết khác" (the 2 newest other posts of the same blog).

How each gold article is reached
--------------------------------
Tin tức (7 posts, 3 a page): 1, 2, 3 on page 1 (1–4 also on the home widget); 4, 5, 6 on
``?page=2``; 7 only on ``?page=3``. Hoạt động chuyên môn (4 posts): 8, 9, 10 on page 1 (8, 9 on
the home widget); 11 only on ``?page=2``. Thông báo (2 posts): 12, 13 on its page and in the home
"Thông báo" box (12 with Zalo's share parameters). The footer's "Đọc nhiều" links 4 and 9 with a
Facebook ``fbclid``, 3 by its old slug (301) and 13 plainly. 5, 6, 7 and 11 are reachable only
through page 2+ of a listing.

Traps
-----
1. Pager: only "Bài viết cũ hơn »" / "« Bài viết mới hơn" links, no page numbers; posts 5, 6, 7
   and 11 are on ``?page=2``/``?page=3`` only. Gold: they are articles like the others.
2. Share-parameter duplicates: the footer's "Đọc nhiều" links ``/l/…/?fbclid=IwAR…`` (posts 4,
   9) and the home notice box links post 12 with Zalo's ``?zarsrc=30&utm_source=zalo…``; Webnode
   serves the post at any query (200, canonical = clean path). Gold: one record each, the clean
   path canonical, the variants in ``alt_paths``. Post 3 is also linked by an old slug (301).
3. Dates: the post prints only a day ("04.12.2026", listings "4. 12. 2026"); the metadata
   (``article:published_time``, JSON-LD) carries Webnode's Prague midnight
   ``2026-12-04T00:00:00+01:00``, which a converter turns into "06:00+07:00". Gold: the day
   alone ("2026-12-04"). Post 13 prints an editor's "(Cập nhật lúc 06h30 ngày 18/11/2026)" line:
   not the publication date (gold 2026-11-17) and not body.
4. Official notice (post 12): letterhead table, "THÔNG BÁO / Về …", "Nơi nhận" and the signer in
   a closing table; the blog date is 02.12.2026 but the letterhead says "ngày 30 tháng 11 năm
   2026". Gold: date "2026-11-30", author the signer "Lê Văn Thành", body without letterhead,
   kind/subject and closing; the schedule table's rows (header row included) are paragraphs.
5. Bylines typed at the end of the text in the same b-text block, right-aligned, in every
   flavour: "Tin, ảnh: Đỗ Văn Hùng – TPT Đội" (both lists, post dropped), "Bài: cô giáo X - Ảnh:
   thầy Y" (honorifics dropped), "Người viết: X – <post>", a unit alone ("Tổ Khoa học tự
   nhiên", "Ban Giám hiệu"), "BBT" (nobody), and one at the *top* ("ThS. Võ Thị Kim Oanh – Giáo
   viên Ngữ văn", post 10). The JSON-LD names the Webnode account "nbk.quantri": never an author.
6. Captions: an image block's own line (``div.b-img-t``, parentheses in post 4 taken off); a
   caption the editor typed as a centred italic paragraph in the *next* text block (posts 1, 5,
   8, 11: caption, not body); a line that only credits "Ảnh: Đỗ Văn Hùng" (post 7: caption
   None, photographer Đỗ Văn Hùng); gallery thumbnails (post 4) with no line (caption None,
   the thumbnail's ``src`` as printed, not the lightbox link).
7. Chrome that looks like content: the footer section uses the article's own ``b-text`` markup
   (address, "Đọc nhiều", counter, poll); the free-plan bar, the cookie bar's paragraphs, the
   scrolling notice, "Các bài viết khác" teasers (with their dates and perexes). None is body.
8. Pasted text: post 2 is a Facebook post pasted as ``div[dir=auto]`` lines with emoji drawn as
   fbcdn ``<img alt="👉">`` bullets (no text, no image) and a hashtag line (tags: not body),
   the title's "🎉" and a text emoji "💐" kept; post 8 is pasted from Word (``MsoNormal``,
   ``mso-list:Ignore`` numbers that are no text, typed "- " that is text, ``<o:p>``); post 10
   carries Word footnotes ``<sup>[1]</sup>`` (kept in the sentence) and the footnote list at the
   end (body).
9. Encoding: post 5 was typed with Unikey's "Unicode tổ hợp": title and text are decomposed
   (NFD) on the page. Gold: NFC.
10. Perex vs excerpt: posts with a Webnode perex (post 3) print it above the text in
   ``div.b-bd-perex`` (summary, body's first paragraph); posts 6 and 9 open with a bold lead
   paragraph (summary); the others show in listings an auto-excerpt cut with "…" that the post
   page does not print as a lead (summary null).
11. Not articles that look like them: ``/lich-cong-tac/`` (a dated weekly table), ``/van-ban/``
   (document entries with files), ``/thu-vien-anh/`` and ``/video/``.

Gold decisions on ambiguous points
----------------------------------
- Category: the blog's name as the menu and the post's back link print it ("Tin tức",
  "Hoạt động chuyên môn", "Thông báo").
- Honorifics "cô giáo", "thầy", "cô" before a name are titles: dropped ("Bài: cô giáo Phạm Thị
  Minh Nguyệt" -> "Phạm Thị Minh Nguyệt").
- A caption line that is only "Ảnh: X" gives caption None and X as photographer.
- The Facebook hashtag line is tags: not body. The "(Cập nhật …)" line is a dateline: not body.
- The "Xem thêm:" line, the video embed, the file block ("Tải về …") are not body.
- Word footnote entries keep their printed "[n] " number: they are the text's own lines.
- A gallery image is its thumbnail ``<img src>`` as printed.
- Post 12: the schedule table's header row is a paragraph like the others; "./." at the end of
  the last sentence is kept as printed.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
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

NAME = "webnode_thcs"
PLATFORM = "Webnode 2 (hosted site builder, blog module /l/<slug>/)"
START_PATH = "/"

SITE = "Trường THCS Nguyễn Bỉnh Khiêm"
TODAY_LINE = "Thứ Bảy, 05/12/2026"
PH = "a81f2c4e07"  # the site's image key Webnode appends to every file URL
PAGE_SIZE = 3


def fpath(num: int, name: str, size: str | None = None) -> str:
    """A Webnode file URL: /_files/200000123-6bb3c6bb3e/700/IMG_1234.jpeg?ph=…"""
    h = hashlib.md5(f"{num}{name}".encode()).hexdigest()
    key = h[:5] + h[:4] + h[5]
    folder = f"{size}/" if size else ""
    return f"/_files/{200000000 + num}-{key}/{folder}{name}?ph={PH}"


def fimg(num: int, name: str, printed: str | None = None, caption: str | None = None,
         style: str = "block") -> Img:
    """An image of a post; a gallery image is its 200px thumbnail as the page prints it."""
    return Img(fpath(num, name, "200" if style == "gal" else None), printed, caption, style)


def thumb_of(src: str, size: str) -> str:
    head, _, tail = src.rpartition("/")
    return f"{head}/{size}/{tail}"


# --- the blogs -------------------------------------------------------------------------------

BLOGS = {
    "tin-tuc": ("Tin tức", 27734),
    "hoat-dong-chuyen-mon": ("Hoạt động chuyên môn", 27741),
    "thong-bao": ("Thông báo", 27752),
}


def byline(inner: str, tag: str = "strong") -> Raw:
    return Raw(f'<p style="text-align: right;"><{tag}>{inner}</{tag}></p>')


FB_EMOJI = (
    '<span class="x3nfvp2 x1j61x8r"><img height="16" width="16" alt="{e}" '
    'referrerpolicy="origin-when-cross-origin" '
    'src="https://static.xx.fbcdn.net/images/emoji.php/v9/t51/1/16/{code}.png"></span>'
)

STORIES: list[Story] = [
    Story(
        1,
        "le-phat-dong-phong-trao-ke-hoach-nho-thu-gom-giay-vun-nam-hoc-2026-2027",
        "Lễ phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn năm học 2026 – 2027",
        "tin-tuc",
        "2026-12-04",
        [
            P("Sáng thứ Hai, ngày 30/11/2026, Liên đội Trường THCS Nguyễn Bỉnh Khiêm tổ chức lễ "
              "phát động phong trào “Kế hoạch nhỏ” thu gom giấy vụn, vỏ chai nhựa năm học 2026 – "
              "2027 với chủ đề “Mỗi trang giấy – một tấm lòng”."),
            P("Tham dự buổi lễ có thầy Lê Văn Thành – Hiệu trưởng nhà trường, cô Huỳnh Thị Mỹ "
              "Dung – Phó Hiệu trưởng, đồng chí Bí thư Đoàn xã Đông Hòa cùng toàn thể giáo viên "
              "chủ nhiệm và hơn 900 đội viên của 24 chi đội."),
            fimg(311, "IMG_5521.jpeg", "Liên đội trưởng Nguyễn Ngọc Gia Hân đọc thư phát động",
                 "Liên đội trưởng Nguyễn Ngọc Gia Hân đọc thư phát động", "italic"),
            P("Phát biểu tại buổi lễ, thầy Hiệu trưởng nhấn mạnh: phong trào “Kế hoạch nhỏ” không "
              "chỉ góp phần bảo vệ môi trường mà còn giáo dục cho các em ý thức tiết kiệm, tinh "
              "thần đoàn kết và lòng nhân ái. Toàn bộ số tiền thu được sẽ dùng để mua sách vở, "
              "áo ấm tặng các bạn học sinh có hoàn cảnh khó khăn nhân dịp Tết Nguyên đán Đinh Mùi "
              "2027."),
            P("Chỉ tiêu thi đua của các chi đội", "h"),
            P("Mỗi đội viên đóng góp ít nhất 3 kg giấy vụn trong học kỳ I.", "li"),
            P("Mỗi chi đội thu gom tối thiểu 200 vỏ chai nhựa các loại.", "li"),
            P("Chi đội đạt kết quả cao nhất được tuyên dương dưới cờ và cộng điểm thi đua tuần.",
              "li"),
            fimg(312, "IMG_5538.jpeg", "Các chi đội khối 7 mang giấy vụn đến điểm tập kết",
                 "Các chi đội khối 7 mang giấy vụn đến điểm tập kết", "italic"),
            P("Ngay sau lễ phát động, các chi đội đã mang đến điểm tập kết hơn 1,2 tấn giấy vụn và "
              "3.500 vỏ chai nhựa. Dẫn đầu là Chi đội 8A3 với 96 kg giấy vụn."),
            byline("Tin, ảnh: Đỗ Văn Hùng – TPT Đội"),
        ],
        authors=["Đỗ Văn Hùng"],
        photographers=["Đỗ Văn Hùng"],
    ),
    Story(
        2,
        "chuc-mung-doi-tuyen-hoc-sinh-gioi-cap-tinh-dat-9-giai",
        "🎉 CHÚC MỪNG ĐỘI TUYỂN HỌC SINH GIỎI CẤP TỈNH ĐẠT 9 GIẢI",
        "tin-tuc",
        "2026-12-02",
        [
            P("Sáng ngày 01/12/2026, Sở Giáo dục và Đào tạo tỉnh Đắk Lắk đã công bố kết quả kỳ thi "
              "chọn học sinh giỏi cấp tỉnh lớp 9 năm học 2026 – 2027.", "fb"),
            P("Đội tuyển của Trường THCS Nguyễn Bỉnh Khiêm có 14 em dự thi, đạt 9 giải gồm 1 giải "
              "Nhì, 3 giải Ba và 5 giải Khuyến khích. Cụ thể:", "fb"),
            P("Giải Nhì môn Ngữ văn: em Trần Ngọc Bảo Trâm, lớp 9A1.", "fbp"),
            P("Giải Ba môn Toán: em Nguyễn Hoàng Phúc, lớp 9A1.", "fbp"),
            P("Giải Ba môn Tiếng Anh: các em Lê Minh Khôi (9A2) và Võ Thị Thanh Hằng (9A1).",
              "fbp"),
            P("05 giải Khuyến khích các môn Vật lí, Hóa học, Lịch sử và Địa lí.", "fbp"),
            P("Thành tích này là kết quả của sự nỗ lực không ngừng của các em học sinh cùng sự tận "
              "tâm của quý thầy cô giáo bồi dưỡng. Nhà trường xin chúc mừng và gửi lời cảm ơn chân "
              "thành đến các bậc phụ huynh đã luôn đồng hành cùng các em.", "fb"),
            P("Chúc các em tiếp tục gặt hái nhiều thành công! 💐", "fb"),
            Raw('<div dir="auto"><a href="https://www.facebook.com/hashtag/thcsnguyenbinhkhiem" '
                'tabindex="-1">#THCSNguyenBinhKhiem</a> <a href="https://www.facebook.com/hashtag/'
                'hsgtinh2026" tabindex="-1">#HSGtinh2026</a></div>'),
            fimg(318, "z6051123456789_9f2c.jpg"),
        ],
    ),
    Story(
        3,
        "hoi-thi-giao-vien-day-gioi-cap-truong-nam-hoc-2026-2027",
        "Hội thi “Giáo viên dạy giỏi cấp trường” năm học 2026 – 2027",
        "tin-tuc",
        "2026-11-28",
        [
            P("Hội thi là dịp để giáo viên trao đổi, học tập kinh nghiệm, đổi mới phương pháp dạy "
              "học theo Chương trình giáo dục phổ thông 2018, đồng thời phát hiện, bồi dưỡng những "
              "giáo viên có năng lực để tham gia hội thi cấp tỉnh."),
            P("Mỗi giáo viên dự thi thực hiện hai tiết dạy thực hành trên lớp và trình bày một biện "
              "pháp nâng cao chất lượng giáo dục. Ban giám khảo gồm các đồng chí trong Ban Giám "
              "hiệu và tổ trưởng chuyên môn, đánh giá theo hướng dẫn tại Công văn số "
              "1455/SGDĐT-GDTrH của Sở Giáo dục và Đào tạo."),
            fimg(301, "GVDG-2026-03.jpg", "Cô Trần Thị Bích Liên dạy tiết Tiếng Anh lớp 8A2",
                 "Cô Trần Thị Bích Liên dạy tiết Tiếng Anh lớp 8A2"),
            P("Nhiều tiết dạy được đánh giá cao nhờ vận dụng linh hoạt các kỹ thuật dạy học tích "
              "cực như khăn trải bàn, mảnh ghép, trạm học tập; ứng dụng hiệu quả công nghệ thông "
              "tin và học liệu số."),
            P("Kết quả, Ban tổ chức công nhận 14 giáo viên đạt danh hiệu Giáo viên dạy giỏi cấp "
              "trường, trong đó 5 giáo viên được chọn dự thi cấp tỉnh vào tháng 3/2027."),
            byline("Bài: cô giáo Phạm Thị Minh Nguyệt - Ảnh: thầy Đỗ Văn Hùng", "em"),
        ],
        authors=["Phạm Thị Minh Nguyệt"],
        photographers=["Đỗ Văn Hùng"],
        summary="Từ ngày 09/11 đến 26/11/2026, Trường THCS Nguyễn Bỉnh Khiêm tổ chức Hội thi giáo "
        "viên dạy giỏi cấp trường năm học 2026 – 2027 với 18 giáo viên tham gia ở 11 môn học.",
        sapo_outside=True,
        opts={"old_slug": "hoi-thi-giao-vien-day-gioi-cap-truong"},
    ),
    Story(
        4,
        "ky-niem-44-nam-ngay-nha-giao-viet-nam-20-11-1982-20-11-2026",
        "Kỷ niệm 44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026)",
        "tin-tuc",
        "2026-11-21",
        [
            fimg(291, "DSC_0412.JPG",
                 "(Thầy Hiệu trưởng Lê Văn Thành phát biểu ôn lại truyền thống Ngày Nhà giáo Việt "
                 "Nam)",
                 "Thầy Hiệu trưởng Lê Văn Thành phát biểu ôn lại truyền thống Ngày Nhà giáo Việt "
                 "Nam"),
            P("Sáng ngày 20/11/2026, Trường THCS Nguyễn Bỉnh Khiêm long trọng tổ chức Lễ kỷ niệm "
              "44 năm Ngày Nhà giáo Việt Nam (20/11/1982 – 20/11/2026). Đến dự có đại diện lãnh "
              "đạo Đảng ủy, HĐND, UBND xã Đông Hòa, Ban đại diện Cha mẹ học sinh, các thế hệ thầy "
              "cô giáo đã nghỉ hưu cùng toàn thể cán bộ, giáo viên, nhân viên và học sinh nhà "
              "trường."),
            P("Mở đầu buổi lễ là chương trình văn nghệ chào mừng do các em học sinh biểu diễn với "
              "nhiều tiết mục đặc sắc ca ngợi tình thầy trò, mái trường mến yêu."),
            P("Trong diễn văn kỷ niệm, thầy Lê Văn Thành đã ôn lại truyền thống vẻ vang của ngành "
              "Giáo dục Việt Nam và điểm lại những thành tích nổi bật của nhà trường trong năm học "
              "2025 – 2026: tỷ lệ học sinh lên lớp đạt 99,2%, 100% học sinh lớp 9 được công nhận "
              "tốt nghiệp THCS, 27 giải học sinh giỏi các cấp."),
            P("“Mỗi thầy cô giáo hãy luôn là tấm gương sáng về đạo đức, tự học và sáng tạo để học "
              "sinh noi theo.”", "q"),
            P("Dịp này, nhà trường đã trao Giấy khen cho 12 cán bộ, giáo viên có thành tích xuất "
              "sắc trong phong trào thi đua “Đổi mới, sáng tạo trong dạy và học”."),
            fimg(292, "DSC_0433.JPG", style="gal"),
            fimg(293, "DSC_0447.JPG", style="gal"),
            fimg(294, "DSC_0462.JPG", style="gal"),
            fimg(295, "DSC_0478.JPG", style="gal"),
            byline("BBT"),
        ],
    ),
    Story(
        5,
        "hoi-khoe-phu-dong-cap-truong-san-choi-bo-ich-cho-hoc-sinh",
        "Hội khỏe Phù Đổng cấp trường: sân chơi bổ ích cho học sinh",
        "tin-tuc",
        "2026-11-14",
        [
            P("Trong hai ngày 12 và 13/11/2026, Trường THCS Nguyễn Bỉnh Khiêm tổ chức Hội khỏe Phù "
              "Đổng cấp trường năm học 2026 – 2027, thu hút gần 400 vận động viên là học sinh của "
              "24 lớp tham gia."),
            P("Các em đã tranh tài ở 6 môn: điền kinh, bóng đá mini, cầu lông, bóng bàn, đá cầu và "
              "cờ vua. Các trận đấu diễn ra sôi nổi, quyết liệt nhưng trung thực, cao thượng, đúng "
              "tinh thần thể thao."),
            fimg(281, "HKPD-bong-da.jpg", "Trận chung kết bóng đá mini nam giữa lớp 9A1 và 9A3",
                 "Trận chung kết bóng đá mini nam giữa lớp 9A1 và 9A3", "italic"),
            P("Kết quả toàn đoàn: lớp 9A1 đạt giải Nhất, lớp 8A2 đạt giải Nhì, lớp 9A3 và lớp 7A1 "
              "đồng giải Ba. Nhà trường đã lựa chọn 32 vận động viên xuất sắc để thành lập đội "
              "tuyển tham dự Hội khỏe Phù Đổng cấp tỉnh."),
            byline("<em>Tổ Thể dục – Nghệ thuật</em>"),
        ],
        authors=["Tổ Thể dục – Nghệ thuật"],
        opts={"nfd": True},
    ),
    Story(
        6,
        "tuyen-truyen-phong-chong-duoi-nuoc-va-tai-nan-thuong-tich-mua-mua-lu",
        "Tuyên truyền phòng chống đuối nước và tai nạn thương tích mùa mưa lũ",
        "tin-tuc",
        "2026-10-30",
        [
            P("Mùa mưa lũ năm nay được dự báo diễn biến phức tạp. Để chủ động phòng ngừa, nhà "
              "trường đã tổ chức tuyên truyền phòng chống đuối nước và tai nạn thương tích cho "
              "toàn thể học sinh.", "b"),
            P("Theo thống kê của ngành y tế, đuối nước là nguyên nhân hàng đầu gây tử vong ở trẻ "
              "em từ 5 đến 14 tuổi tại nước ta, đặc biệt tăng cao vào mùa hè và mùa mưa lũ."),
            P("Tại buổi tuyên truyền, đồng chí Nguyễn Văn Tâm, cán bộ Trạm Y tế xã Đông Hòa đã "
              "hướng dẫn các em nhận biết những khu vực nguy hiểm như ao, hồ, sông suối, hố công "
              "trình; kỹ năng tự cứu khi bị đuối nước và cách sơ cứu ban đầu đúng cách."),
            fimg(262, "tuyen-truyen-duoi-nuoc.jpg",
                 "Cán bộ Trạm Y tế xã hướng dẫn học sinh kỹ năng sơ cứu",
                 "Cán bộ Trạm Y tế xã hướng dẫn học sinh kỹ năng sơ cứu"),
            P("Một số lưu ý dành cho học sinh", "h"),
            P("Không tự ý đi bơi, tắm sông, suối khi không có người lớn đi cùng.", "li"),
            P("Không lội qua ngầm tràn, đường ngập nước khi đi học về.", "li"),
            P("Khi thấy người bị đuối nước, hô to để gọi người lớn, không tự ý nhảy xuống cứu.",
              "li"),
            Raw("<video>"),
            Raw('<p>Xem thêm: <a href="https://baodaklak.vn/giao-duc/202610/canh-bao-nguy-co-duoi-'
                'nuoc-tre-em-mua-mua-lu-8f31a2c/" target="_blank">Cảnh báo nguy cơ đuối nước trẻ '
                'em mùa mưa lũ</a></p>'),
            byline("Theo Báo Đắk Lắk điện tử", "em"),
        ],
        source="Báo Đắk Lắk điện tử",
        summary="Mùa mưa lũ năm nay được dự báo diễn biến phức tạp. Để chủ động phòng ngừa, nhà "
        "trường đã tổ chức tuyên truyền phòng chống đuối nước và tai nạn thương tích cho toàn thể "
        "học sinh.",
    ),
    Story(
        7,
        "dai-hoi-lien-doi-nhiem-ky-2026-2027",
        "Đại hội Liên đội nhiệm kỳ 2026 – 2027",
        "tin-tuc",
        "2026-10-16",
        [
            P("Chiều ngày 15/10/2026, Liên đội Trường THCS Nguyễn Bỉnh Khiêm tổ chức Đại hội Liên "
              "đội nhiệm kỳ 2026 – 2027. Về dự Đại hội có đồng chí Phó Bí thư Đoàn xã Đông Hòa, "
              "Ban Giám hiệu nhà trường cùng 96 đại biểu là chỉ huy các chi đội."),
            P("Đại hội đã thông qua báo cáo tổng kết công tác Đội và phong trào thiếu nhi nhiệm kỳ "
              "2025 – 2026, đề ra phương hướng, nhiệm vụ nhiệm kỳ mới với trọng tâm là thực hiện "
              "tốt chương trình “Rèn luyện đội viên” và các phong trào “Em yêu Tổ quốc Việt Nam”, "
              "“Kế hoạch nhỏ”."),
            fimg(241, "dai-hoi-lien-doi-2026.jpg", "Ảnh: Đỗ Văn Hùng", None),
            P("Với tinh thần dân chủ, Đại hội đã bầu ra Ban Chỉ huy Liên đội nhiệm kỳ 2026 – 2027 "
              "gồm 11 đồng chí. Em Nguyễn Ngọc Gia Hân, lớp 9A1 được tín nhiệm bầu làm Liên đội "
              "trưởng."),
            byline("Người viết: Nguyễn Thị Thu Hà – Phó Bí thư Chi đoàn giáo viên", "em"),
        ],
        authors=["Nguyễn Thị Thu Hà"],
        photographers=["Đỗ Văn Hùng"],
    ),
    Story(
        8,
        "chuyen-de-day-hoc-phat-trien-nang-luc-qua-hoat-dong-trai-nghiem-mon-khtn",
        "Chuyên đề “Dạy học phát triển năng lực qua hoạt động trải nghiệm môn Khoa học tự nhiên”",
        "hoat-dong-chuyen-mon",
        "2026-12-03",
        [
            P("Thực hiện kế hoạch hoạt động chuyên môn năm học 2026 – 2027, ngày 01/12/2026, tổ "
              "Khoa học tự nhiên đã tổ chức chuyên đề “Dạy học phát triển năng lực qua hoạt động "
              "trải nghiệm môn Khoa học tự nhiên” tại lớp 7A2.", "mso"),
            P("Tiết dạy minh họa bài “Trao đổi nước và các chất dinh dưỡng ở thực vật” do cô "
              "Nguyễn Thị Diệu Linh thực hiện. Học sinh được chia nhóm làm thí nghiệm chứng minh "
              "sự vận chuyển nước ở thân cây bằng cành hoa cúc trắng cắm trong nước màu.", "mso"),
            P("Nội dung chuyên đề tập trung vào các vấn đề:", "mso"),
            P("Thiết kế nhiệm vụ trải nghiệm gắn với thực tiễn đời sống của học sinh ở địa "
              "phương;", "msoli"),
            P("Tổ chức cho học sinh tự đề xuất giả thuyết, tiến hành thí nghiệm và rút ra kết "
              "luận;", "msoli"),
            P("Đánh giá năng lực học sinh qua phiếu quan sát và sản phẩm học tập.", "msoli"),
            fimg(321, "KHTN-7A2-thi-nghiem.jpg",
                 "Học sinh lớp 7A2 thực hành thí nghiệm vận chuyển nước ở thân cây",
                 "Học sinh lớp 7A2 thực hành thí nghiệm vận chuyển nước ở thân cây", "italic"),
            P("Sau tiết dạy, các thành viên trong tổ đã thảo luận, góp ý và thống nhất một số "
              "biện pháp:", "mso"),
            P("- Tăng thời lượng cho học sinh thực hành, giảm thời gian thuyết giảng;", "mso"),
            P("- Khuyến khích học sinh sử dụng vật liệu sẵn có, dễ tìm để làm thí nghiệm tại nhà.",
              "mso"),
            P("Chuyên đề đã giúp giáo viên trong tổ có thêm kinh nghiệm tổ chức hoạt động trải "
              "nghiệm, góp phần nâng cao chất lượng dạy học môn Khoa học tự nhiên theo Chương "
              "trình GDPT 2018.", "mso"),
            Raw('<p class="MsoNormal" align="right" style="text-align:right;line-height:150%">'
                '<b><span lang="VI" style="font-size:13.0pt;line-height:150%;font-family:'
                '&quot;Times New Roman&quot;,serif">Tổ Khoa học tự nhiên<o:p></o:p></span></b></p>'),
        ],
        authors=["Tổ Khoa học tự nhiên"],
    ),
    Story(
        9,
        "sinh-hoat-chuyen-mon-theo-nghien-cuu-bai-hoc-to-ngu-van-lich-su-dia-li",
        "Sinh hoạt chuyên môn theo nghiên cứu bài học tổ Ngữ văn – Lịch sử – Địa lí",
        "hoat-dong-chuyen-mon",
        "2026-11-20",
        [
            P("Sinh hoạt chuyên môn theo nghiên cứu bài học giúp giáo viên tập trung quan sát việc "
              "học của học sinh thay vì chỉ nhận xét tiết dạy của đồng nghiệp.", "b"),
            P("Ngày 18/11/2026, tổ Ngữ văn – Lịch sử – Địa lí tổ chức buổi sinh hoạt chuyên môn "
              "theo nghiên cứu bài học với bài dạy minh họa “Lão Hạc” (Ngữ văn 8) do cô Lê Thị Hạnh "
              "thực hiện tại lớp 8A4."),
            fimg(302, "SHCM-NCBH-01.jpg",
                 "Giáo viên dự giờ quan sát hoạt động nhóm của học sinh lớp 8A4",
                 "Giáo viên dự giờ quan sát hoạt động nhóm của học sinh lớp 8A4"),
            P("Các thầy cô dự giờ được phân công quan sát từng nhóm học sinh, ghi chép những biểu "
              "hiện cụ thể: em nào tích cực, em nào còn lúng túng, nguyên nhân vì sao. Trong phần "
              "thảo luận, giáo viên tập trung phân tích các tình huống học tập thay vì đánh giá, "
              "xếp loại tiết dạy."),
            P("Qua buổi sinh hoạt, tổ chuyên môn thống nhất điều chỉnh một số nhiệm vụ học tập cho "
              "phù hợp với đối tượng học sinh và xây dựng bộ câu hỏi gợi mở giúp học sinh tự khám "
              "phá văn bản."),
            fimg(303, "SHCM-NCBH-02.jpg",
                 "Tổ trưởng chuyên môn Phạm Thị Minh Nguyệt chủ trì phần thảo luận",
                 "Tổ trưởng chuyên môn Phạm Thị Minh Nguyệt chủ trì phần thảo luận"),
            byline("Tin: Lê Thị Hạnh - Ảnh: Trần Quốc Bảo"),
        ],
        authors=["Lê Thị Hạnh"],
        photographers=["Trần Quốc Bảo"],
        summary="Sinh hoạt chuyên môn theo nghiên cứu bài học giúp giáo viên tập trung quan sát "
        "việc học của học sinh thay vì chỉ nhận xét tiết dạy của đồng nghiệp.",
    ),
    Story(
        10,
        "kinh-nghiem-ren-ky-nang-doc-hieu-van-ban-cho-hoc-sinh-lop-6",
        "Kinh nghiệm rèn kỹ năng đọc hiểu văn bản cho học sinh lớp 6",
        "hoat-dong-chuyen-mon",
        "2026-11-06",
        [
            Raw('<p style="text-align: right;"><em>ThS. Võ Thị Kim Oanh – Giáo viên Ngữ văn</em>'
                "</p>"),
            P("Chương trình Ngữ văn 2018 lấy việc rèn luyện các kĩ năng đọc, viết, nói và nghe làm "
              "trục chính. Trong đó, đọc hiểu văn bản theo đặc trưng thể loại là kĩ năng nền tảng "
              "mà học sinh lớp 6 cần được hình thành ngay từ đầu cấp.[1]"),
            P("1. Thực trạng", "h"),
            P("Qua khảo sát đầu năm học tại hai lớp 6A1 và 6A3, có tới 38% học sinh chỉ đọc lướt "
              "văn bản, chưa biết tìm ý chính; nhiều em trả lời câu hỏi bằng cách chép nguyên văn "
              "câu trong sách mà chưa hiểu nội dung."),
            P("2. Một số biện pháp", "h"),
            P("Thứ nhất, hướng dẫn học sinh đọc theo ba bước: đọc lướt để nắm đề tài, đọc kĩ để "
              "tìm chi tiết quan trọng, đọc lại để suy ngẫm và liên hệ bản thân."),
            P("Thứ hai, sử dụng phiếu học tập có sơ đồ tư duy giúp học sinh hệ thống hóa nhân vật, "
              "sự việc, chi tiết tiêu biểu.[2]"),
            P("Thứ ba, tổ chức “Góc đọc sách” ở mỗi lớp, khuyến khích học sinh đọc mở rộng các văn "
              "bản cùng thể loại và chia sẻ cảm nhận trong tiết sinh hoạt lớp."),
            P("3. Kết quả", "h"),
            P("Sau một học kì áp dụng, tỉ lệ học sinh đạt yêu cầu trở lên ở bài kiểm tra đọc hiểu "
              "tăng từ 62% lên 85%. Các em tự tin hơn khi trình bày ý kiến về văn bản."),
            P("[1] Bộ Giáo dục và Đào tạo (2018), Chương trình giáo dục phổ thông môn Ngữ văn, ban "
              "hành kèm theo Thông tư số 32/2018/TT-BGDĐT.", "fn"),
            P("[2] Tony Buzan (2008), Sơ đồ tư duy, NXB Tổng hợp TP. Hồ Chí Minh.", "fn"),
        ],
        authors=["Võ Thị Kim Oanh"],
    ),
    Story(
        11,
        "to-toan-tin-to-chuc-ngoai-khoa-toan-hoc-quanh-ta",
        "Tổ Toán – Tin tổ chức ngoại khóa “Toán học quanh ta”",
        "hoat-dong-chuyen-mon",
        "2026-10-22",
        [
            P("Nhằm tạo sân chơi bổ ích, giúp học sinh thấy được vẻ đẹp và ứng dụng của Toán học "
              "trong cuộc sống, chiều ngày 21/10/2026, tổ Toán – Tin tổ chức buổi ngoại khóa “Toán "
              "học quanh ta” dành cho học sinh khối 6 và khối 7."),
            P("Chương trình gồm ba phần thi: Khởi động với các câu đố vui, Tăng tốc với thử thách "
              "giải toán nhanh và Về đích với phần thi “Thiết kế hình học từ giấy”. Mỗi khối cử 4 "
              "đội, mỗi đội 5 thành viên."),
            fimg(251, "ngoai-khoa-toan-01.jpg",
                 "Đội lớp 6A2 trong phần thi “Thiết kế hình học từ giấy”",
                 "Đội lớp 6A2 trong phần thi “Thiết kế hình học từ giấy”", "italic"),
            P("Bên cạnh các phần thi, học sinh còn được tìm hiểu về các nhà toán học nổi tiếng "
              "như Lương Thế Vinh, Pythagore, Ngô Bảo Châu qua những đoạn phim ngắn do các thầy cô "
              "trong tổ biên soạn."),
            P("Kết thúc chương trình, đội lớp 7A1 giành giải Nhất, đội lớp 6A2 giành giải Nhì, đội "
              "lớp 6A4 và 7A3 đồng giải Ba."),
            fimg(252, "ngoai-khoa-toan-02.jpg", "Ban tổ chức trao giải cho các đội đạt thành tích "
                 "cao", "Ban tổ chức trao giải cho các đội đạt thành tích cao", "italic"),
            byline("Tổ Toán – Tin"),
        ],
        authors=["Tổ Toán – Tin"],
    ),
    Story(
        12,
        "thong-bao-lich-kiem-tra-cuoi-hoc-ky-i-nam-hoc-2026-2027",
        "Thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027",
        "thong-bao",
        "2026-11-30",
        [
            Raw("<letterhead>"),
            P("Căn cứ Kế hoạch số 52/KH-THCSNBK ngày 05/9/2026 của Trường THCS Nguyễn Bỉnh Khiêm "
              "về thực hiện nhiệm vụ năm học 2026 – 2027;"),
            P("Nhà trường thông báo lịch kiểm tra cuối học kỳ I năm học 2026 – 2027 như sau:"),
            P("1. Lịch kiểm tra tập trung", "h"),
            P("Ngày | Buổi | Môn kiểm tra | Khối | Thời gian làm bài", "tr"),
            P("21/12/2026 | Sáng | Ngữ văn | 6, 7, 8, 9 | 90 phút", "tr"),
            P("21/12/2026 | Chiều | Khoa học tự nhiên | 6, 7, 8, 9 | 90 phút", "tr"),
            P("22/12/2026 | Sáng | Toán | 6, 7, 8, 9 | 90 phút", "tr"),
            P("22/12/2026 | Chiều | Tiếng Anh | 6, 7, 8, 9 | 60 phút", "tr"),
            P("23/12/2026 | Sáng | Lịch sử và Địa lí | 6, 7, 8, 9 | 60 phút", "tr"),
            P("2. Các môn kiểm tra tại lớp", "h"),
            P("Các môn còn lại (Giáo dục công dân, Công nghệ, Tin học, Hoạt động trải nghiệm, "
              "hướng nghiệp, Giáo dục thể chất, Nghệ thuật, Nội dung giáo dục địa phương) do giáo "
              "viên bộ môn tổ chức kiểm tra tại lớp từ ngày 14/12 đến ngày 19/12/2026."),
            P("3. Tổ chức thực hiện", "h"),
            P("- Giáo viên chủ nhiệm thông báo lịch kiểm tra đến học sinh và cha mẹ học sinh;"),
            P("- Học sinh có mặt tại phòng kiểm tra trước giờ tính giờ làm bài 15 phút, mang theo "
              "thẻ học sinh và dụng cụ học tập cần thiết;"),
            P("- Tổ trưởng chuyên môn chịu trách nhiệm ra đề, duyệt đề và tổ chức chấm bài theo "
              "quy định."),
            P("Đề nghị cán bộ, giáo viên, nhân viên và học sinh nghiêm túc thực hiện./."),
            Raw("<closing>"),
            Raw("<file>"),
        ],
        authors=["Lê Văn Thành"],
        opts={"blog_day": "2026-12-02", "zalo": True},
    ),
    Story(
        13,
        "thong-bao-cho-hoc-sinh-nghi-hoc-tranh-bao-so-15",
        "Thông báo cho học sinh nghỉ học tránh bão số 15",
        "thong-bao",
        "2026-11-17",
        [
            Raw("<p><em>(Cập nhật lúc 06h30 ngày 18/11/2026)</em></p>"),
            P("Theo tin từ Trung tâm Dự báo khí tượng thủy văn quốc gia, bão số 15 đang di chuyển "
              "nhanh về phía các tỉnh Nam Trung Bộ, gây mưa rất to và gió mạnh trên địa bàn tỉnh "
              "Đắk Lắk từ chiều ngày 18/11/2026."),
            P("Thực hiện Công điện khẩn của UBND xã Đông Hòa, Trường THCS Nguyễn Bỉnh Khiêm thông "
              "báo cho toàn thể học sinh nghỉ học từ chiều ngày 18/11/2026 đến hết ngày "
              "19/11/2026. Thời gian đi học trở lại nhà trường sẽ thông báo sau qua nhóm Zalo của "
              "các lớp."),
            P("Đề nghị quý phụ huynh quản lý chặt chẽ con em, tuyệt đối không cho các em đi qua "
              "sông suối, ngầm tràn, khu vực ngập lụt trong thời gian mưa bão."),
            P("Mọi thông tin xin liên hệ: thầy Lê Văn Thành – Hiệu trưởng, ĐT: 0905 118 247"),
            P("Cô Huỳnh Thị Mỹ Dung – Phó Hiệu trưởng, ĐT: 0935 462 810", "br"),
            byline("Ban Giám hiệu"),
        ],
        authors=["Ban Giám hiệu"],
    ),
]

BY_SLUG = {s.slug: s for s in STORIES}
OLD_SLUGS = {s.opts["old_slug"]: s.slug for s in STORIES if "old_slug" in s.opts}

FBCLID = {
    4: "IwAR2kq7Zx0bV3nC8mWjYt5hLr1sPq9dGfE4uA6oKcB0yTzXvN7iMjH2wQe",
    9: "IwAR0pL5nT8vR2xQ7kWz3mYc9bHs1dJf6gUe4aNo0iKtVyBrEq8CwXlM5jZ",
}
ZALO_QS = "zarsrc=30&utm_source=zalo&utm_medium=zalo&utm_campaign=zalo"


def blog_day(s: Story) -> str:
    """The day Webnode prints for the post (the blog date, not a letterhead's)."""
    return s.opts.get("blog_day") or (s.published_at or "")[:10]


def post_path(s: Story) -> str:
    return f"/l/{s.slug}/"


def blog_posts(blog: str) -> list[Story]:
    return sorted((s for s in STORIES if s.cat == blog), key=lambda s: (blog_day(s), s.id),
                  reverse=True)


def vn_day(day: str) -> str:
    y, m, d = day.split("-")
    return f"{d}.{m}.{y}"


def cz_day(day: str) -> str:
    y, m, d = day.split("-")
    return f"{int(d)}. {int(m)}. {y}"


# --- rendering of a post's blocks ------------------------------------------------------------


def _wid(seed: str) -> int:
    """A stable numbered widget id, as the builder prints them (wnd_TextBlock_52214)."""
    return 10000 + int(hashlib.md5(seed.encode()).hexdigest()[:6], 16) % 89999


_MSO_SPAN = ('<span lang="VI" style="font-size:13.0pt;line-height:150%;font-family:'
             '&quot;Times New Roman&quot;,serif">')
_FN_CALL = re.compile(r"\[(\d+)\]")


def _fn_call(m: re.Match) -> str:
    n = m.group(1)
    return (f'<a href="#_ftn{n}" name="_ftnref{n}" title=""><sup><span class="MsoFootnoteReference">'
            f'<span style="font-size:13.0pt;line-height:115%">[{n}]</span></span></sup></a>')


def _text_block(inner: str, seed: str) -> str:
    return (f'<div class="b b-text cf" id="wnd_TextBlock_{_wid(seed)}">'
            f'<div class="b-c b-text-c b-s b-s-t60 b-s-b60 b-cs cf">\n{inner}\n</div></div>')


def _image_block(img: Img, seed: str, t) -> str:
    wid = _wid(seed)
    path, _, query = img.src.partition("?")
    stem = path.rsplit(".", 1)[0]
    webp = [thumb_of(stem + ".webp", "450"), thumb_of(stem + ".webp", "700"), stem + ".webp"]
    srcset = ", ".join(f"{u}?{query} {w}w" for u, w in zip(webp, ("450", "700", "1280"), strict=True))
    line = ""
    if img.printed and img.style == "block":
        line = f'<div class="b-img-t"><span>{t(img.printed)}</span></div>'
    return (
        f'<div class="b-img b-img-default b b-s cf wnd-orientation-landscape wnd-type-image img-s-n" '
        f'style="margin-left:0;margin-right:0;" id="wnd_ImageBlock_{wid}">\n'
        f'<div class="b-img-w"><div class="b-img-c" style="padding-bottom:66.67%;text-align:center;">'
        f'<picture><source type="image/webp" srcset="{esc(srcset)}" sizes="(min-width: 768px) 60vw, '
        f'100vw"><img id="wnd_ImageBlock_{wid}_img" src="{esc(img.src)}" alt="" width="1280" '
        f'height="853" loading="lazy" style="top:0%;left:0%;width:100%;height:100%;position:'
        f'absolute;"></picture></div>{line}</div>\n</div>'
    )


def _gallery(imgs: list[Img], seed: str) -> str:
    wid = _wid(seed)
    items = []
    for img in imgs:
        full = img.src.replace("/200/", "/")
        items.append(
            f'<div class="b-gal-i"><a class="b-gal-l litebox" data-litebox-group="gallery{wid}" '
            f'href="{esc(full)}" title=""><img src="{esc(img.src)}" width="200" height="133" '
            f'alt="" loading="lazy"></a></div>'
        )
    return (f'<div class="b b-s b-s-t150 b-s-b150 b-gal b-gal-grid cf" id="wnd_PhotoGalleryBlock_'
            f'{wid}"><div class="b-gal-c cf">{"".join(items)}</div></div>')


VIDEO_BLOCK = (
    '<div class="b b-s b-video b-video-youtube cf" id="wnd_VideoBlock_31870"><div class="b-video-c" '
    'style="padding-bottom:56.25%"><iframe src="https://www.youtube.com/embed/q9xR2bT7mKc?rel=0&amp;'
    'showinfo=0" title="Kỹ năng phòng chống đuối nước cho học sinh" frameborder="0" '
    'allowfullscreen loading="lazy"></iframe></div></div>'
)

LETTERHEAD = (
    '<table style="width: 100%; border: none;" cellpadding="2"><tbody><tr>'
    '<td style="width: 42%; text-align: center; vertical-align: top;">UBND XÃ ĐÔNG HÒA<br>'
    "<strong>TRƯỜNG THCS NGUYỄN BỈNH KHIÊM</strong><br>——————<br>Số: 87/TB-THCSNBK</td>"
    '<td style="text-align: center; vertical-align: top;"><strong>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT '
    "NAM</strong><br><strong><u>Độc lập - Tự do - Hạnh phúc</u></strong><br><br>"
    "<em>Đông Hòa, ngày 30 tháng 11 năm 2026</em></td></tr></tbody></table>\n"
    '<p style="text-align: center;"><strong>THÔNG BÁO</strong><br>'
    "<strong>Về lịch kiểm tra cuối học kỳ I năm học 2026 – 2027</strong></p>"
)

CLOSING = (
    '<table style="width: 100%; border: none;"><tbody><tr>'
    '<td style="width: 50%; vertical-align: top;"><strong><em>Nơi nhận:</em></strong><br>'
    "- CB, GV, NV (để thực hiện);<br>- Học sinh, CMHS (để biết);<br>- Website trường;<br>"
    '- Lưu: VT.</td><td style="text-align: center; vertical-align: top;"><strong>HIỆU TRƯỞNG'
    "</strong><br><br><em>(Đã ký)</em><br><br><strong>Lê Văn Thành</strong></td></tr></tbody>"
    "</table>"
)

FILE_BLOCK = (
    '<div class="b b-s b-file cf" id="wnd_FileBlock_40713"><a class="b-file-l" href="{href}" '
    'target="_blank"><span class="b-file-ico ico-pdf"></span><span class="b-file-n">'
    'TB-87-lich-kiem-tra-cuoi-HKI-2026-2027.pdf</span> <span class="b-file-s">(PDF, 214 kB)'
    "</span></a></div>"
)
FILE_TB87 = fpath(412, "TB-87-lich-kiem-tra-cuoi-HKI-2026-2027.pdf")

_RAW_SPECIAL = {
    "<video>": VIDEO_BLOCK,
    "<letterhead>": None,  # inside a text block
    "<closing>": None,
    "<file>": FILE_BLOCK.format(href=esc(FILE_TB87)),
}


def render_blocks(s: Story) -> str:
    """The post's blocks as Webnode prints them: text blocks between image/gallery blocks."""
    nfd = bool(s.opts.get("nfd"))

    def t(value: str) -> str:
        return text(value, nfd=nfd)

    word_fn = any(isinstance(b, P) and b.style == "fn" for b in s.blocks)
    out: list[str] = []
    buf: list[str] = []
    blocks = s.blocks
    seq = 0

    def flush() -> None:
        nonlocal seq
        if buf:
            seq += 1
            out.append(_text_block("\n".join(buf), f"{s.id}-t{seq}"))
            buf.clear()

    i = 0
    while i < len(blocks):
        b = blocks[i]
        if isinstance(b, Raw):
            if b.html == "<letterhead>":
                buf.append(LETTERHEAD)
            elif b.html == "<closing>":
                buf.append(CLOSING)
            elif b.html in _RAW_SPECIAL:
                flush()
                out.append(_RAW_SPECIAL[b.html])
            else:
                buf.append(b.html)
            i += 1
            continue
        if isinstance(b, Img):
            if b.style == "gal":
                group = []
                while i < len(blocks) and isinstance(blocks[i], Img) and blocks[i].style == "gal":
                    group.append(blocks[i])
                    i += 1
                flush()
                out.append(_gallery(group, f"{s.id}-g{i}"))
                continue
            flush()
            out.append(_image_block(b, f"{s.id}-i{i}", t))
            if b.style == "italic" and b.printed:
                buf.append(f'<p style="text-align: center;"><em>{t(b.printed)}</em></p>')
            i += 1
            continue
        # a paragraph of text
        st = b.style
        if st in ("li", "tr", "fb", "fbp", "msoli", "fn"):
            kinds = ("fb", "fbp") if st in ("fb", "fbp") else (st,)
            group = []
            while i < len(blocks) and isinstance(blocks[i], P) and blocks[i].style in kinds:
                group.append(blocks[i])
                i += 1
            if st == "li":
                buf.append("<ul>" + "".join(f"<li>{t(g.text)}</li>" for g in group) + "</ul>")
            elif st == "tr":
                rows = []
                for n, g in enumerate(group):
                    cells = [c.strip() for c in g.text.split(" | ")]
                    if n == 0:
                        tds = "".join(f'<td style="padding: 4px; text-align: center;"><strong>'
                                      f"{t(c)}</strong></td>" for c in cells)
                    else:
                        tds = "".join(f'<td style="padding: 4px;">{t(c)}</td>' for c in cells)
                    rows.append(f"<tr>{tds}</tr>")
                buf.append('<table class="wnd-table" border="1" cellspacing="0" style="width: 100%;'
                           ' border-collapse: collapse;"><tbody>' + "".join(rows)
                           + "</tbody></table>")
            elif st in ("fb", "fbp"):
                lines = []
                for g in group:
                    bullet = FB_EMOJI.format(e="👉", code="1f449") if g.style == "fbp" else ""
                    lines.append(f'<div dir="auto" style="text-align: start;">{bullet}{t(g.text)}'
                                 "</div>")
                buf.append('<div class="x11i5rnm xat24cr x1mh8g0r x1vvkbs xtlvy1s x126k92a">'
                           + "".join(lines) + "</div>")
            elif st == "msoli":
                for n, g in enumerate(group, 1):
                    buf.append(
                        '<p class="MsoListParagraphCxSpMiddle" style="margin-left:54.0pt;'
                        'text-indent:-18.0pt;line-height:150%;mso-list:l0 level1 lfo1">'
                        f'<!--[if !supportLists]-->{_MSO_SPAN}<span style="mso-list:Ignore">{n}.'
                        '<span style="font:7.0pt &quot;Times New Roman&quot;">&nbsp;&nbsp;&nbsp;'
                        f"&nbsp; </span></span></span><!--[endif]-->{_MSO_SPAN}{t(g.text)}"
                        "<o:p></o:p></span></p>"
                    )
            elif st == "fn":
                notes = []
                for g in group:
                    m = _FN_CALL.match(g.text)
                    n = m.group(1) if m else "0"
                    rest = g.text[m.end():].lstrip() if m else g.text
                    notes.append(
                        f'<div style="mso-element:footnote" id="ftn{n}"><p class="MsoFootnoteText">'
                        f'<a href="#_ftnref{n}" name="_ftn{n}" title=""><sup><span class='
                        f'"MsoFootnoteReference">[{n}]</span></sup></a> {t(rest)}</p></div>'
                    )
                buf.append('<div style="mso-element:footnote-list"><br clear="all">'
                           '<hr align="left" size="1" width="33%">' + "".join(notes) + "</div>")
            continue
        body = t(b.text)
        if word_fn:
            body = _FN_CALL.sub(_fn_call, body)
        if st == "h":
            buf.append(f"<h3><strong>{body}</strong></h3>")
        elif st == "b":
            buf.append(f"<p><strong>{body}</strong></p>")
        elif st == "q":
            buf.append(f"<blockquote><p><em>{body}</em></p></blockquote>")
        elif st == "mso":
            buf.append('<p class="MsoNormal" style="text-align:justify;text-indent:36.0pt;'
                       f'line-height:150%">{_MSO_SPAN}{body}<o:p></o:p></span></p>')
            if i + 1 < len(blocks) and isinstance(blocks[i + 1], Img):
                buf.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        else:
            parts = [body]
            while (i + 1 < len(blocks) and isinstance(blocks[i + 1], P)
                   and blocks[i + 1].style == "br"):
                i += 1
                parts.append(t(blocks[i].text))
            buf.append("<p>" + "<br>\n".join(parts) + "</p>")
        i += 1
    flush()
    html_out = "\n".join(out)
    return unicodedata.normalize("NFD", html_out) if nfd else html_out


# --- the chrome ------------------------------------------------------------------------------

MENU = [
    ("/", "Trang chủ", []),
    ("/gioi-thieu/", "Giới thiệu", [("/gioi-thieu/", "Giới thiệu chung"),
                                    ("/lich-cong-tac/", "Lịch công tác"),
                                    ("/van-ban/", "Văn bản")]),
    ("/tin-tuc/", "Tin tức", [("/tin-tuc/", "Tin tức"),
                              ("/hoat-dong-chuyen-mon/", "Hoạt động chuyên môn"),
                              ("/thong-bao/", "Thông báo")]),
    ("/thu-vien-anh/", "Thư viện", [("/thu-vien-anh/", "Thư viện ảnh"), ("/video/", "Video")]),
    ("/lien-he/", "Liên hệ", []),
]

LOGO = fpath(1, "logo-nbk.png")
FAVICON = fpath(2, "favicon.png")
BANNER = fpath(3, "banner-truong-2026.jpg")
CDN = "https://d11bh4d8fhuq47.cloudfront.net/_system/skins/v28/50001543"


def _menu(active: str) -> str:
    items = []
    for href, label, sub in MENU:
        cls = []
        if href == active or any(h == active for h, _ in sub):
            cls.append("wnd-active")
        if href == "/":
            cls.append("wnd-homepage")
        if sub:
            cls.append("wnd-with-submenu")
        subs = ""
        if sub:
            subs = ('<ul role="menubar" aria-label="Submenu" class="level-2">' + "".join(
                f'<li role="none"><a class="menu-item" role="menuitem" href="{h}"><span '
                f'class="menu-item-text">{esc(lab)}</span></a></li>' for h, lab in sub) + "</ul>")
        items.append(
            f'<li role="none" class="{" ".join(cls)}"><a class="menu-item" role="menuitem" '
            f'href="{href}"><span class="menu-item-text">{esc(label)}</span></a>{subs}</li>'
        )
    return ('<nav id="menu" role="navigation"><div class="menu-font menu-wrapper">'
            '<a href="#" class="menu-close" rel="nofollow" title="Đóng menu"></a>'
            '<ul role="menubar" aria-label="Menu" class="level-1">' + "".join(items)
            + "</ul></div></nav>")


def _header(active: str) -> str:
    return f"""<div id="wnd_free_bar" class="wnd-free-bar" style="background:#1d2b36;color:#fff;font-size:13px;text-align:center;padding:6px">
<a href="https://www.webnode.com/vi/?utm_source=text&amp;utm_medium=header&amp;utm_campaign=free2" rel="nofollow" target="_blank" style="color:#fff"><span class="wnd-free-bar-t">Trang web này được tạo bởi <strong>Webnode</strong>. Tạo trang web của riêng bạn miễn phí ngay hôm nay!</span> <span class="wnd-free-bar-b">Bắt đầu</span></a>
</div>
<div class="l-w t cf t-28">
<div class="l-bg cf"><div class="s-bg-l"></div></div>
<header class="l-h cf">
<div class="sw cf"><div class="sw-c cf">
<section class="s s-hb cf sc-m wnd-background-solid wnd-w-wide" style="background-color:#0b4f8a">
<div class="s-w cf"><div class="s-o cf"><div class="s-c cf">
<div class="b b-html" id="wnd_HtmlBlock_11021"><div class="b-c">
<div style="float:left;color:#fff;font-size:13px;padding:4px 10px"><span id="ngayht">{TODAY_LINE}</span></div>
<script>/* dong ho */ (function(){{var t=["Chủ Nhật","Thứ Hai","Thứ Ba","Thứ Tư","Thứ Năm","Thứ Sáu","Thứ Bảy"];}})();</script>
<div style="overflow:hidden;color:#ffe600;font-size:13px;padding:4px 10px"><marquee scrollamount="4" onmouseover="this.stop()" onmouseout="this.start()"><a href="/thong-bao/" style="color:#ffe600">Lịch kiểm tra cuối học kỳ I năm học 2026 – 2027 đã được đăng tại mục Thông báo. Đề nghị học sinh theo dõi để ôn tập!</a></marquee></div>
</div></div>
</div></div></div>
</section>
<section class="s s-hn s-hn-default wnd-mt-classic wnd-na-c logo-classic sc-w wnd-w-default wnd-nh-m hm-hidden wnd-nav-border menu-default-underline">
<div class="s-w"><div class="s-o">
<div class="s-bg"><div class="s-bg-l"></div></div>
<div class="h-w h-f wnd-fixed"><div class="n-l"><div class="s-c menu-nav">
<div class="logo-block"><div class="b-l b-l-left b-l-m logo-header-left"><a href="/" title="{esc(SITE)}"><div class="b-l-br cf">
<div class="b-l-img b-l-img-left"><img src="{esc(LOGO)}" alt="Logo trường" width="96" height="96"></div>
<div class="b-l-text"><div class="b-l-title"><span>TRƯỜNG THCS NGUYỄN BỈNH KHIÊM</span></div>
<div class="b-l-subtitle"><span>Xã Đông Hòa – Tỉnh Đắk Lắk</span></div></div>
</div></a></div></div>
<div id="menu-slider"><div id="menu-block">{_menu(active)}</div></div>
<div class="search-block"><form action="/search/" method="get" class="search-form cf" role="search">
<input type="text" name="text" class="search-input" placeholder="Tìm kiếm…" aria-label="Tìm kiếm">
<button type="submit" class="search-btn" title="Tìm kiếm"><span class="ico-search"></span></button>
</form></div>
<div id="menu-mobile"><a href="#" id="menu-submit"><span></span>Menu</a></div>
</div></div></div>
</div></div>
</section>
</div></div>
</header>"""


POPULAR = [4, 9, 3, 13]


def _popular_href(s: Story) -> str:
    if s.id in FBCLID:
        return f"{post_path(s)}?fbclid={FBCLID[s.id]}"
    if "old_slug" in s.opts:
        return f"/l/{s.opts['old_slug']}/"
    return post_path(s)


def _footer() -> str:
    stories = {s.id: s for s in STORIES}
    popular = "".join(
        f'<li><a href="{esc(_popular_href(stories[n]))}">{esc(stories[n].title)}</a></li>'
        for n in POPULAR
    )
    return f"""<footer class="l-f cf">
<div class="sw cf"><div class="sw-c cf">
<section data-wn-border-element="s-f-border" class="s s-f s-f-basic s-f-simple sc-d wnd-background-solid wnd-w-wide wnd-s-higher" style="background-color:#0b3760">
<div class="s-w cf"><div class="s-o cf"><div class="s-bg cf"><div class="s-bg-l"></div></div>
<div class="s-c s-f-l-w cf">
<div class="ez cf"><div class="ez-c"><div class="cw cf"><div class="cw-c cw-c-1" style="width:34%">
<div class="b b-text cf" id="wnd_TextBlock_90311"><div class="b-c b-text-c b-s b-s-t60 b-s-b60 b-cs cf">
<h3><strong>TRƯỜNG THCS NGUYỄN BỈNH KHIÊM</strong></h3>
<p>Địa chỉ: Thôn Phú Lâm, xã Đông Hòa, tỉnh Đắk Lắk</p>
<p>Điện thoại: 0257 3861 245 – Fax: 0257 3861 246</p>
<p>Email: <a href="mailto:thcsnguyenbinhkhiem.dh@gmail.com">thcsnguyenbinhkhiem.dh@gmail.com</a></p>
<p>Chịu trách nhiệm nội dung: thầy Lê Văn Thành – Hiệu trưởng</p>
</div></div>
</div><div class="cw-c cw-c-2" style="width:33%">
<div class="b b-text cf" id="wnd_TextBlock_90318"><div class="b-c b-text-c b-s b-s-t60 b-s-b60 b-cs cf">
<h3><strong>Đọc nhiều</strong></h3>
<ol>{popular}</ol>
<h3><strong>Liên kết</strong></h3>
<ul>
<li><a href="https://moet.gov.vn/" target="_blank">Bộ Giáo dục và Đào tạo</a></li>
<li><a href="https://sgddt.daklak.gov.vn/" target="_blank">Sở GD&amp;ĐT Đắk Lắk</a></li>
<li><a href="https://csdl.moet.gov.vn/" target="_blank">Cơ sở dữ liệu ngành</a></li>
<li><a href="https://www.facebook.com/thcsnguyenbinhkhiem.donghoa" target="_blank">Fanpage nhà trường</a></li>
</ul>
</div></div>
</div><div class="cw-c cw-c-3" style="width:33%">
<div class="b b-html" id="wnd_HtmlBlock_90325"><div class="b-c">
<div class="tk-truycap" style="font-size:13px;line-height:1.7">
<div><strong>THỐNG KÊ TRUY CẬP</strong></div>
<div>Đang online: <b>9</b></div>
<div>Hôm nay: <b>312</b></div>
<div>Hôm qua: <b>486</b></div>
<div>Tổng truy cập: <b>1.284.306</b></div>
<img src="https://www.freecounterstat.com/counter/counter.php?c=4bd2e7a8f1" width="1" height="1" alt="">
</div>
</div></div>
<div class="b b-html" id="wnd_HtmlBlock_90331"><div class="b-c">
<form class="binhchon" action="https://strawpoll.com/vote/nbk2026" method="post" target="_blank">
<div><strong>BÌNH CHỌN</strong></div>
<div>Bạn thấy website của trường như thế nào?</div>
<label><input type="radio" name="opt" value="1"> Rất hữu ích</label><br>
<label><input type="radio" name="opt" value="2"> Hữu ích</label><br>
<label><input type="radio" name="opt" value="3"> Cần cải thiện thêm</label><br>
<button type="submit">Bình chọn</button> <a href="https://strawpoll.com/results/nbk2026" target="_blank">Xem kết quả</a>
</form>
</div></div>
</div></div></div></div>
<div class="s-f-l cf"><div class="s-f-ll"><div class="b b-text cf"><div class="b-c b-text-c"><p>© 2026 Trường THCS Nguyễn Bỉnh Khiêm. Bảo lưu mọi quyền.</p></div></div></div>
<div class="s-f-lr"><span class="sf-cbr"><a href="#" rel="nofollow" class="cookie-open">Cookie</a></span> <span class="sf-cbr"><span class="wnd-logo-wrapper">Tạo bởi <a href="https://www.webnode.com/vi/?utm_source=brand&amp;utm_medium=footer&amp;utm_campaign=premium" rel="nofollow" target="_blank">Webnode</a></span></span></div></div>
</div></div></div>
</section>
</div></div>
</footer>
</div>
<div id="cookiebar" class="cookie-bar cookie-bar--bottom" role="dialog"><div class="cookie-bar-c">
<p class="cookie-bar-t">Chúng tôi sử dụng cookie để trang web hoạt động đúng cách và an toàn, đồng thời mang lại cho bạn trải nghiệm người dùng tốt nhất có thể.</p>
<p class="cookie-bar-t">Bằng cách nhấp vào “Chấp nhận tất cả”, bạn đồng ý với việc lưu trữ cookie trên thiết bị của mình. Bạn có thể thay đổi lựa chọn bất kỳ lúc nào trong phần Cài đặt.</p>
<div class="cookie-bar-b"><button type="button" class="cookie-btn cookie-accept">Chấp nhận tất cả</button> <button type="button" class="cookie-btn cookie-settings">Cài đặt</button></div>
</div></div>
<script src="{CDN}/js/script.min.js" async></script>"""


def page(request: Request, path: str, title: str, main: str, *, active: str,
         description: str = "", og_type: str = "website", extra_head: str = "",
         body_cls: str = "wt-page") -> Response:
    base = base_url(request)
    doc_title = f"{title} :: {SITE}" if title != SITE else SITE
    desc = esc(description or "Trang thông tin điện tử Trường THCS Nguyễn Bỉnh Khiêm, xã Đông Hòa, "
               "tỉnh Đắk Lắk")
    return html(f"""<!DOCTYPE html>
<!--[if IE 8]><html class="ie8" lang="vi"><![endif]-->
<!--[if gt IE 8]><!--><html class="no-js" lang="vi" prefix="og: https://ogp.me/ns#"><!--<![endif]-->
<head>
<meta charset="utf-8">
<title>{esc(doc_title)}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="description" content="{desc}">
<meta name="keywords" content="">
<meta name="generator" content="Webnode 2">
<meta name="apple-mobile-web-app-capable" content="no">
<meta name="apple-mobile-web-app-status-bar-style" content="black">
<meta name="format-detection" content="telephone=no">
<link rel="canonical" href="{base}{path}">
<meta property="og:url" content="{base}{path}">
<meta property="og:title" content="{esc(title)}">
<meta property="og:type" content="{og_type}">
<meta property="og:description" content="{desc}">
<meta property="og:site_name" content="{esc(SITE)}">
<meta name="robots" content="index,follow">
{extra_head}
<link rel="icon" type="image/png" href="{esc(FAVICON)}">
<link rel="stylesheet" href="{CDN}/css/style.css">
<script>var wnd = window.wnd || {{}};wnd.$data = {{"image_content_items":{{}},"svg_content_items":{{}},"settings":{{"project_id":1742903,"lang":"vi","ph":"{PH}","free":true}}}};</script>
</head>
<body class="l {body_cls} ac-h ac-s ac-i ac-n l-default l-d-none b-btn-r b-btn-s-l b-btn-dn b-btn-bw-1 img-d-n img-t-u img-h-z line-solid b-e-ds lbox-d c-s-n wnd-fe wnd-free">
{_header(active)}
<main class="l-m cf">
<div class="sw cf"><div class="sw-c cf">
{main}
</div></div>
</main>
{_footer()}
</body>
</html>""")


def section(inner: str, cls: str = "s-basic", sid: str = "") -> str:
    idattr = f' id="{sid}"' if sid else ""
    return (f'<section class="s {cls} cf sc-w wnd-background-solid wnd-w-default wnd-s-normal '
            f'wnd-h-auto"{idattr}>\n<div class="s-w cf"><div class="s-o s-fs cf"><div class="s-bg '
            f'cf"><div class="s-bg-l"></div></div>\n<div class="s-c s-fs cf"><div class="ez cf '
            f'wnd-no-cols"><div class="ez-c">\n{inner}\n</div></div></div>\n</div></div>\n</section>')


def title_section(title: str) -> str:
    return (f'<section class="s s-hm s-hm-text cf sc-w wnd-w-default hn-default"><div class="s-w cf">'
            f'<div class="s-o cf"><div class="s-c cf"><div class="ez cf"><div class="ez-c">'
            f'<div class="b b-text cf"><div class="b-c b-text-c b-s cf"><h1 class="wnd-like-h1">'
            f"{esc(title)}</h1></div></div></div></div></div></div></div></section>")


# --- listings and posts ----------------------------------------------------------------------


def excerpt(s: Story) -> str:
    """The perex if the post has one, else Webnode's automatic excerpt cut at ~170 characters."""
    if s.summary and s.sapo_outside:
        return s.summary
    first = next(b.text for b in s.blocks if isinstance(b, P))
    if len(first) <= 170:
        return first
    return first[:170].rsplit(" ", 1)[0] + " …"


def teaser(s: Story, size: str = "450", heading: str = "h2") -> str:
    nfd = bool(s.opts.get("nfd"))
    img = ""
    if s.images:
        src = s.images[0].src
        thumb = src if "/200/" in src else thumb_of(src, size)
        img = (f'<div class="b-bl-i-img"><a href="{post_path(s)}" tabindex="-1"><img src="{esc(thumb)}"'
               f' alt="" width="450" height="300" loading="lazy"></a></div>')
    out = (
        f'<article class="b-bl-i b-bl-i-horizontal cf">{img}<div class="b-bl-i-c">'
        f'<div class="b-bl-i-d"><span class="wnd-date">{cz_day(blog_day(s))}</span></div>'
        f'<{heading} class="b-bl-i-t"><a href="{post_path(s)}">{text(s.title, nfd=nfd)}</a>'
        f'</{heading}><div class="b-bl-i-p"><p>{text(excerpt(s), nfd=nfd)}</p></div>'
        f'<a class="b-bl-i-m link" href="{post_path(s)}">Đọc tiếp</a></div></article>'
    )
    return out


def listing(request: Request, blog: str) -> Response | None:
    name, bid = BLOGS[blog]
    posts = blog_posts(blog)
    pages = max(1, -(-len(posts) // PAGE_SIZE))
    raw = request.params.get("page", "1")
    if not raw.isdigit() or not 1 <= int(raw) <= pages:
        return None
    n = int(raw)
    chunk = posts[(n - 1) * PAGE_SIZE:n * PAGE_SIZE]
    pager = []
    if n > 1:
        newer = f"/{blog}/" if n == 2 else f"/{blog}/?page={n - 1}"
        pager.append(f'<a class="b-bl-pg-n link" href="{newer}" rel="prev">« Bài viết mới hơn</a>')
    if n < pages:
        pager.append(f'<a class="b-bl-pg-o link" href="/{blog}/?page={n + 1}" rel="next">'
                     "Bài viết cũ hơn »</a>")
    inner = (
        f'<div class="b b-s b-bl b-bl-list cf" id="wnd_BlogBlock_{bid}">'
        + "\n".join(teaser(s) for s in chunk)
        + f'</div>\n<div class="b-bl-pg cf" id="wnd_BlogPager_{bid}">{" ".join(pager)}</div>'
    )
    path = f"/{blog}/" + (f"?page={n}" if n > 1 else "")
    return page(request, path, name, title_section(name) + section(inner, sid=f"wnd_Blog_{bid}"),
                active=f"/{blog}/", body_cls="wt-blog")


def post_page(request: Request, s: Story) -> Response:
    name, bid = BLOGS[s.cat]
    nfd = bool(s.opts.get("nfd"))
    base = base_url(request)
    path = post_path(s)
    day = blog_day(s)
    prague = f"{day}T00:00:00+01:00"
    modified = "2026-11-18T00:00:00+01:00" if s.id == 13 else prague
    first_img = s.images[0].src if s.images else BANNER
    ld = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": unicodedata.normalize("NFD", s.title) if nfd else s.title,
        "datePublished": prague,
        "dateModified": modified,
        "author": {"@type": "Person", "name": "nbk.quantri"},
        "publisher": {"@type": "Organization", "name": SITE,
                      "logo": {"@type": "ImageObject", "url": base + LOGO}},
        "image": base + first_img,
        "mainEntityOfPage": base + path,
    }
    head = (
        f'<meta property="og:image" content="{esc(base + first_img)}">\n'
        f'<meta property="article:published_time" content="{prague}">\n'
        f'<meta property="article:modified_time" content="{modified}">\n'
        '<script type="application/ld+json">' + json.dumps(ld, ensure_ascii=False) + "</script>"
    )
    perex = ""
    if s.summary and s.sapo_outside:
        perex = f'<div class="b-bd-perex"><p>{text(s.summary, nfd=nfd)}</p></div>'
    share_url = quote(base + path, safe="")
    tools = (
        '<div class="b-bd-tools cf"><span class="b-bd-tools-l">Chia sẻ:</span> '
        f'<a class="b-share b-share-fb" href="https://www.facebook.com/sharer/sharer.php?u={share_url}"'
        ' target="_blank" rel="nofollow">Facebook</a> '
        f'<a class="b-share b-share-zalo" href="https://sp.zalo.me/share_inline?d={share_url}" '
        'target="_blank" rel="nofollow">Zalo</a> '
        '<a class="b-share b-share-print" href="javascript:window.print();" rel="nofollow">In bài</a>'
        "</div>"
    )
    head_html = (
        f'<a class="b-bd-back link" href="/{s.cat}/"><span class="b-bd-back-arr">«</span> '
        f'<span class="b-bd-cat">{esc(name)}</span></a>\n'
        f'<h1 class="b-bd-t wnd-like-h1">{text(s.title, nfd=nfd)}</h1>\n'
        f'<div class="b-bd-d"><span class="b-bd-d-c">{vn_day(day)}</span></div>\n{perex}'
    )
    article = (
        f'<article class="b b-s b-bd cf" id="wnd_BlogPost_{s.id * 7919}">\n{head_html}\n'
        f'<div class="b-bd-c">\n{render_blocks(s)}\n</div>\n{tools}\n</article>'
    )
    others = [o for o in blog_posts(s.cat) if o.id != s.id][:2]
    more = ""
    if others:
        more = section(
            '<div class="b b-text cf"><div class="b-c b-text-c b-s cf"><h2 class="wnd-like-h2">'
            'Các bài viết khác</h2></div></div>\n<div class="b b-s b-bl b-bl-grid cf">'
            + "".join(teaser(o, heading="h3") for o in others) + "</div>",
            sid=f"wnd_BlogMore_{bid}",
        )
    desc = unicodedata.normalize("NFD", excerpt(s)) if nfd else excerpt(s)
    title = unicodedata.normalize("NFD", s.title) if nfd else s.title
    return page(request, path, title, section(article, sid=f"wnd_BlogDetail_{bid}") + more,
                active=f"/{s.cat}/", description=desc, og_type="article", extra_head=head,
                body_cls="wt-blogpost")


def home(request: Request) -> Response:
    news = blog_posts("tin-tuc")[:4]
    pro = blog_posts("hoat-dong-chuyen-mon")[:2]
    n12, n13 = STORIES[11], STORIES[12]
    hero = (
        '<section class="s s-hm s-hm-claims cf sc-ml wnd-background-image wnd-w-wide wnd-hh-auto '
        'wnd-p-cc hn-default"><div class="s-w cf"><div class="s-o cf"><div class="s-bg cf">'
        f'<div class="s-bg-l bgpos-center-center bgatt-scroll"><img src="{esc(BANNER)}" alt="" '
        'class="s-bg-img" width="1920" height="640"></div></div><div class="h-c s-c cf"><div '
        'class="b b-text cf"><div class="b-c b-text-c"><h1 class="s-hm-t"><strong>Trường THCS '
        'Nguyễn Bỉnh Khiêm</strong></h1><p class="claim">Kỷ cương – Tình thương – Trách nhiệm</p>'
        "</div></div></div></div></div></section>"
    )
    welcome = (
        '<div class="b b-text cf" id="wnd_TextBlock_20117"><div class="b-c b-text-c b-s b-s-t60 '
        'b-s-b60 b-cs cf"><h2 class="wnd-align-center">Chào mừng quý thầy cô, phụ huynh và các em '
        'học sinh!</h2><p style="text-align: center;">Website là kênh thông tin chính thức của nhà '
        "trường, nơi cập nhật tin tức, hoạt động chuyên môn, thông báo và văn bản dành cho cán bộ, "
        "giáo viên, cha mẹ học sinh và các em học sinh.</p></div></div>"
    )
    news_html = (
        '<div class="b b-text cf"><div class="b-c b-text-c b-s cf"><h2>Tin mới</h2></div></div>'
        '<div class="b b-s b-bl b-bl-grid cf" id="wnd_BlogBlock_27734">'
        + "".join(teaser(s, heading="h3") for s in news)
        + '</div><div class="b-btn b-btn-1 wnd-align-center"><a class="b-btn-c" href="/tin-tuc/">'
        '<span class="b-btn-t">Xem tất cả tin tức</span></a></div>'
    )
    notice = (
        '<div class="b b-text cf" id="wnd_TextBlock_20141"><div class="b-c b-text-c b-s b-s-t60 '
        'b-s-b60 b-cs cf"><h2>Thông báo</h2><ul>'
        f'<li><a href="{esc(post_path(n12) + "?" + ZALO_QS)}">{esc(n12.title)}</a> '
        '<span style="color: #ff0000;"><strong>(Mới)</strong></span></li>'
        f'<li><a href="{post_path(n13)}">{esc(n13.title)}</a></li>'
        '</ul><p><a href="/thong-bao/">» Xem tất cả thông báo</a></p></div></div>'
    )
    pro_html = (
        '<div class="b b-text cf"><div class="b-c b-text-c b-s cf"><h2>Hoạt động chuyên môn</h2>'
        '</div></div><div class="b b-s b-bl b-bl-grid cf" id="wnd_BlogBlock_27741">'
        + "".join(teaser(s, heading="h3") for s in pro)
        + '</div><div class="b-btn b-btn-1 wnd-align-center"><a class="b-btn-c" '
        'href="/hoat-dong-chuyen-mon/"><span class="b-btn-t">Xem thêm</span></a></div>'
    )
    main = hero + section(welcome) + section(news_html) + section(notice) + section(pro_html)
    return page(request, "/", SITE, main, active="/", body_cls="wt-home")


# --- the builder's ordinary pages (not articles) ---------------------------------------------


def _tb(inner: str, seed: str) -> str:
    return _text_block(inner, seed)


def _plain_image(num: int, name: str, caption: str | None = None) -> str:
    return _image_block(Img(fpath(num, name), caption, caption, "block"), f"pg-{num}", text)


def _gallery_page(nums: list[tuple[int, str]], seed: str) -> str:
    return _gallery([Img(fpath(n, name, "200"), style="gal") for n, name in nums], seed)


DOCS = [
    (401, "KH-52-nhiem-vu-nam-hoc-2026-2027.pdf",
     "Kế hoạch số 52/KH-THCSNBK ngày 05/9/2026 về thực hiện nhiệm vụ năm học 2026 – 2027",
     "PDF, 412 kB"),
    (402, "QD-61-thanh-lap-to-chuyen-mon.pdf",
     "Quyết định số 61/QĐ-THCSNBK ngày 08/9/2026 về việc thành lập các tổ chuyên môn",
     "PDF, 188 kB"),
    (403, "Quy-che-chi-tieu-noi-bo-2026.pdf",
     "Quy chế chi tiêu nội bộ năm 2026", "PDF, 356 kB"),
    (412, "TB-87-lich-kiem-tra-cuoi-HKI-2026-2027.pdf",
     "Thông báo số 87/TB-THCSNBK ngày 30/11/2026 về lịch kiểm tra cuối học kỳ I", "PDF, 214 kB"),
]


def static_pages() -> dict[str, tuple[str, str, str]]:
    """path -> (title, active menu path, main html)."""
    intro = title_section("Giới thiệu") + section(
        _tb("<h2>Lịch sử hình thành và phát triển</h2>"
            "<p>Trường THCS Nguyễn Bỉnh Khiêm được thành lập theo Quyết định số 1124/QĐ-UB ngày "
            "15/8/1994 của UBND huyện Đông Hòa (cũ), trên cơ sở tách cấp II từ Trường Phổ thông "
            "cơ sở Hòa Vinh. Năm học đầu tiên, trường có 9 lớp với 356 học sinh.</p>"
            "<p>Trải qua hơn 30 năm xây dựng và phát triển, đến nay nhà trường có 24 lớp với 968 "
            "học sinh, 52 cán bộ, giáo viên, nhân viên; được công nhận đạt chuẩn quốc gia mức độ 1 "
            "năm 2019 và đạt kiểm định chất lượng giáo dục cấp độ 3 năm 2024.</p>", "gt-1")
        + _plain_image(21, "toan-canh-truong.jpg", "Toàn cảnh Trường THCS Nguyễn Bỉnh Khiêm")
        + _tb("<h2>Ban Giám hiệu</h2><table border=\"1\" style=\"width:100%;border-collapse:"
              "collapse\"><tbody><tr><td><strong>Họ và tên</strong></td><td><strong>Chức vụ"
              "</strong></td><td><strong>Điện thoại</strong></td></tr><tr><td>Lê Văn Thành</td>"
              "<td>Hiệu trưởng</td><td>0905 118 247</td></tr><tr><td>Huỳnh Thị Mỹ Dung</td><td>"
              "Phó Hiệu trưởng</td><td>0935 462 810</td></tr></tbody></table>", "gt-2"))
    contact = title_section("Liên hệ") + section(
        _tb("<p><strong>Trường THCS Nguyễn Bỉnh Khiêm</strong></p><p>Thôn Phú Lâm, xã Đông Hòa, "
            "tỉnh Đắk Lắk</p><p>Điện thoại: 0257 3861 245</p><p>Email: "
            "thcsnguyenbinhkhiem.dh@gmail.com</p>", "lh-1")
        + '<div class="b b-s b-form cf" id="wnd_FormBlock_55120"><form action="/lien-he/" '
        'method="post" class="wnd-form"><div class="form-input"><label for="f_name">Họ và tên *'
        '</label><input type="text" id="f_name" name="name" required></div><div class="form-'
        'input"><label for="f_email">Email *</label><input type="email" id="f_email" name="email" '
        'required></div><div class="form-input"><label for="f_msg">Nội dung *</label><textarea '
        'id="f_msg" name="message" required></textarea></div><button type="submit" class="b-btn-c">'
        "Gửi</button></form></div>"
        + '<div class="b b-s b-map cf"><iframe src="https://www.google.com/maps/embed?pb=!1m18!1m12'
        '!1m3!1d3898.1!2d109.35!3d12.98" width="100%" height="320" loading="lazy"></iframe></div>')
    docs = "".join(
        f'<div class="b b-s b-file cf" id="wnd_FileBlock_{40000 + n}"><a class="b-file-l" href="'
        f'{esc(fpath(n, fname))}" target="_blank"><span class="b-file-ico ico-pdf"></span><span '
        f'class="b-file-n">{esc(label)}</span> <span class="b-file-s">({size})</span></a></div>'
        for n, fname, label, size in DOCS
    )
    van_ban = title_section("Văn bản") + section(
        _tb("<p>Các văn bản, kế hoạch, quyết định của nhà trường. Nhấp vào tên văn bản để tải về."
            "</p>", "vb-1") + docs)
    rows = [
        ("Thứ Hai 30/11", "Chào cờ đầu tuần; phát động phong trào “Kế hoạch nhỏ”", "BGH, TPT Đội"),
        ("Thứ Ba 01/12", "Chuyên đề KHTN tại lớp 7A2 (tiết 3)", "Tổ KHTN"),
        ("Thứ Tư 02/12", "Họp Hội đồng sư phạm tháng 12 (14h00)", "Toàn thể CB, GV, NV"),
        ("Thứ Năm 03/12", "Kiểm tra hồ sơ chuyên môn tổ Toán – Tin", "P. Hiệu trưởng"),
        ("Thứ Sáu 04/12", "Sinh hoạt lớp; hoàn thành đề kiểm tra cuối HKI", "GVCN; Tổ trưởng"),
        ("Thứ Bảy 05/12", "Bồi dưỡng học sinh giỏi lớp 9 (buổi sáng)", "GV bồi dưỡng"),
    ]
    lich = title_section("Lịch công tác") + section(_tb(
        "<h2>Lịch công tác tuần 14 (từ 30/11/2026 đến 05/12/2026)</h2>"
        '<table border="1" style="width:100%;border-collapse:collapse"><tbody><tr><td><strong>'
        "Ngày</strong></td><td><strong>Nội dung công việc</strong></td><td><strong>Thực hiện"
        "</strong></td></tr>"
        + "".join(f"<tr><td>{esc(a)}</td><td>{esc(b)}</td><td>{esc(c)}</td></tr>" for a, b, c in rows)
        + "</tbody></table><p><em>Lịch có thể thay đổi, giáo viên thường xuyên theo dõi nhóm "
        "Zalo của trường.</em></p>", "lct-1"))
    albums = title_section("Thư viện ảnh") + section(
        _tb("<h2>Lễ khai giảng năm học 2026 – 2027</h2>", "ta-1")
        + _gallery_page([(501, "khai-giang-01.jpg"), (502, "khai-giang-02.jpg"),
                         (503, "khai-giang-03.jpg"), (504, "khai-giang-04.jpg")], "ta-g1")
        + _tb("<h2>Hội khỏe Phù Đổng cấp trường</h2>", "ta-2")
        + _gallery_page([(511, "hkpd-01.jpg"), (512, "hkpd-02.jpg"), (513, "hkpd-03.jpg")],
                        "ta-g2"))
    videos = title_section("Video") + section(
        _tb("<h2>Phóng sự: Trường THCS Nguyễn Bỉnh Khiêm – 30 năm xây dựng và trưởng thành</h2>",
            "vd-1")
        + '<div class="b b-s b-video b-video-youtube cf"><div class="b-video-c" style="padding-'
        'bottom:56.25%"><iframe src="https://www.youtube.com/embed/Xk3pR8sT2wQ" frameborder="0" '
        'allowfullscreen loading="lazy"></iframe></div></div>'
        + _tb("<h2>Văn nghệ chào mừng Ngày Nhà giáo Việt Nam 20/11/2026</h2>", "vd-2")
        + '<div class="b b-s b-video b-video-youtube cf"><div class="b-video-c" style="padding-'
        'bottom:56.25%"><iframe src="https://www.youtube.com/embed/b7Lm2QvZ0nE" frameborder="0" '
        'allowfullscreen loading="lazy"></iframe></div></div>')
    return {
        "/gioi-thieu/": ("Giới thiệu", "/gioi-thieu/", intro),
        "/lien-he/": ("Liên hệ", "/lien-he/", contact),
        "/van-ban/": ("Văn bản", "/van-ban/", van_ban),
        "/lich-cong-tac/": ("Lịch công tác", "/lich-cong-tac/", lich),
        "/thu-vien-anh/": ("Thư viện ảnh", "/thu-vien-anh/", albums),
        "/video/": ("Video", "/video/", videos),
    }


def _fold(value: str) -> str:
    return unicodedata.normalize("NFC", value).lower()


def search_page(request: Request) -> Response:
    q = request.params.get("text", "").strip()
    if q:
        hits = [s for s in STORIES if _fold(q) in _fold(s.title)]
        found = (f"<p>Tìm thấy {len(hits)} kết quả cho “{esc(q)}”.</p>" + "".join(
            f'<div class="b-sr-i"><h3><a href="{post_path(s)}">{text(s.title)}</a></h3>'
            f"<p>{text(excerpt(s))}</p></div>" for s in hits))
    else:
        found = "<p>Nhập từ khóa để tìm kiếm.</p>"
    return page(request, "/search/", "Kết quả tìm kiếm",
                title_section("Kết quả tìm kiếm") + section(_tb(found, "sr")), active="",
                body_cls="wt-search")


# --- the site --------------------------------------------------------------------------------


def _file(path: str) -> Response | None:
    lower = path.lower()
    if lower.endswith(".pdf"):
        return Response(200, PDF, {"Content-Type": "application/pdf"})
    if lower.endswith(".webp"):
        hit = static_file(path[:-5] + ".jpg")
        if hit is not None:
            hit.headers["Content-Type"] = "image/webp"
        return hit
    return static_file(path)


class WebnodeSite:
    def __init__(self) -> None:
        self.pages = static_pages()

    def respond(self, request: Request) -> Response | None:
        path = request.path
        if path.startswith("/_files/"):
            return _file(path)
        if path == "/favicon.ico":
            return static_file(path)
        if path == "/robots.txt":
            body = f"User-agent: *\nDisallow: /_system/\n\nSitemap: {base_url(request)}/sitemap.xml\n"
            return Response(200, body, {"Content-Type": "text/plain; charset=utf-8"})
        if path == "/sitemap.xml":
            base = base_url(request)
            urls = ["/", *(f"/{b}/" for b in BLOGS), *self.pages]
            body = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
                    'schemas/sitemap/0.9">\n' + "".join(
                        f"<url><loc>{base}{u}</loc><changefreq>weekly</changefreq></url>\n"
                        for u in urls) + "</urlset>\n")
            return Response(200, body, {"Content-Type": "application/xml; charset=utf-8"})
        if path == "/":
            return home(request)
        if path in ("/search/", "/search"):
            return search_page(request)
        if path.startswith("/l/"):
            slug = path[3:].rstrip("/")
            if slug in OLD_SLUGS:
                return redirect(f"/l/{OLD_SLUGS[slug]}/", 301)
            story = BY_SLUG.get(slug)
            if story is None or "/" in slug:
                return None
            if not path.endswith("/"):
                return redirect(post_path(story), 301)
            return post_page(request, story)
        key = path if path.endswith("/") else path + "/"
        name = key.strip("/")
        if name in BLOGS:
            if key != path:
                return redirect(key, 301)
            return listing(request, name)
        if key in self.pages:
            if key != path:
                return redirect(key, 301)
            title, active, main = self.pages[key]
            return page(request, key, title, main, active=active)
        return None


def build_site() -> WebnodeSite:
    return WebnodeSite()


def _alt_paths(s: Story) -> list[str]:
    if s.id in FBCLID:
        return [f"{post_path(s)}?fbclid={FBCLID[s.id]}"]
    if s.opts.get("zalo"):
        return [f"{post_path(s)}?{ZALO_QS}"]
    return []


GOLD = [
    gold_record(s, post_path(s), BLOGS[s.cat][0], canonical_path=post_path(s),
                alt_paths=_alt_paths(s))
    for s in STORIES
]

NON_ARTICLES = ["/gioi-thieu/", "/lien-he/", "/van-ban/", "/lich-cong-tac/", "/thu-vien-anh/",
                "/video/"]
